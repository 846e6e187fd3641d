// Dashboard page (the extension's options page, opened in a tab): mounts the dashboard with the real database.
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { openDatabase } from '@/lib/db';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = `${browser.i18n.getMessage('extName')} — ${browser.i18n.getMessage('dashboardTitle')}`;
createRoot(document.getElementById('root')!).render(<DashboardApp db={openDatabase()} />);
