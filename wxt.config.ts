// WXT build configuration: manifest, modules and the few permissions Replyclock needs.
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: the one-minute badge tick survives the MV3 worker being stopped. notifications: an urgent
    // buyer message is announced at once. Nothing else: content scripts declare their own hosts, and
    // IndexedDB in the extension origin needs no permission.
    permissions: ['alarms', 'notifications'],
    action: { default_title: '__MSG_extName__' },
    browser_specific_settings: {
      gecko: { id: 'replyclock@replyclock.invalid', strict_min_version: '115.0' },
    },
  },
});
