// Service worker: hands everything to the tracker (message router, badge, alarms).
import { defineBackground } from 'wxt/utils/define-background';
import { startTracker } from '@/lib/tracker/start-tracker';

export default defineBackground(() => {
  startTracker();
});
