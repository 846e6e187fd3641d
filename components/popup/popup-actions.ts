// What the popup asks the browser to do: focus or open a conversation's tab (through the background, which knows
// which tab shows it), open the dashboard, put text on the clipboard. Injected into PopupApp, so component tests
// can run the real ones against the fake browser or replace them.
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';
import type { Conversation } from '../../lib/model';

export interface PopupActions {
  /** Resolves once the conversation's tab is focused or opened; rejects with a message otherwise. */
  openConversation(conversation: Conversation): Promise<void>;
  openDashboard(): Promise<void>;
  /** Rejects when the clipboard refuses (the popup then shows the text selected for Ctrl+C). */
  copyText(text: string): Promise<void>;
  /** Closes the popup once its job is done. */
  close(): void;
}

export const browserPopupActions: PopupActions = {
  async openConversation(conversation) {
    const outcome = await sendMessage('openConversation', { id: conversation.id });
    // 'unknown': no such conversation, or its stored address is not a seller page we know (never opened).
    if (outcome === 'unknown') throw new Error(conversation.url || conversation.id);
  },
  async openDashboard() {
    await browser.runtime.openOptionsPage();
  },
  async copyText(text) {
    // An extension page may write the clipboard during a click without the clipboardWrite permission.
    await navigator.clipboard.writeText(text);
  },
  close() {
    window.close();
  },
};
