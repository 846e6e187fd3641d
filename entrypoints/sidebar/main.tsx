// Sidebar page (in the iframe the content script mounts over a seller page): mounts the sidebar for the
// conversation named in its URL, and re-renders when a new #search-n fragment asks for the search input.
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { SidebarApp } from '@/components/SidebarApp';
import { chooseFeed } from '@/components/SidebarFeed';
import { openDatabase } from '@/lib/db';
import { sendMessage } from '@/lib/messaging';
import { messagingActions } from '@/lib/sidebar-protocol';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('sidebarFrameTitle');
const conversationId = new URLSearchParams(location.search).get('conversation');
const actions = messagingActions(undefined, async () => (await browser.tabs.getCurrent())?.id);
const getTemplateContext = () => sendMessage('getSidebarContext', null);
const root = createRoot(document.getElementById('root')!);
void chooseFeed(openDatabase(), actions.getConversation).then((feed) => {
  const render = () =>
    root.render(
      <SidebarApp feed={feed} conversationId={conversationId} actions={actions} searchRequest={location.hash} getTemplateContext={getTemplateContext} />,
    );
  window.addEventListener('hashchange', render);
  render();
});
