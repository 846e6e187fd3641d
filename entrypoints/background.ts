// Service worker: hands everything to the tracker (message router, badge, alarms), and wires the sidebar's
// keyboard command and its "conversations changed" broadcast.
import { defineBackground } from 'wxt/utils/define-background';
import { announceConversationChanges, listenForCommands } from '@/lib/tracker/conversation-actions';
import { startTracker } from '@/lib/tracker/start-tracker';

export default defineBackground(() => {
  startTracker();
  listenForCommands();
  announceConversationChanges();
});
