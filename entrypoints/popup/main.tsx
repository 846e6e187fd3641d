// Popup page: mounts the popup with the real database and the browser's actions (focus or open a conversation's
// tab through the background, open the dashboard, copy to the clipboard).
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import { browserPopupActions } from '@/components/popup/popup-actions';
import { openDatabase } from '@/lib/db';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('extName');
createRoot(document.getElementById('root')!).render(<PopupApp db={openDatabase()} actions={browserPopupActions} />);
