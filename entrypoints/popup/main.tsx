// Popup page: mounts the popup with the real database; a row opens its conversation in a new tab.
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import { openDatabase } from '@/lib/db';
import { isSellerPageUrl } from '@/lib/platforms/registry';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('extName');
createRoot(document.getElementById('root')!).render(
  <PopupApp
    db={openDatabase()}
    openConversation={(conversation) => {
      if (!isSellerPageUrl(conversation.url)) return;
      void browser.tabs.create({ url: conversation.url }).then(() => window.close());
    }}
  />,
);
