// Focusing a conversation: the tab that reported its thread is brought forward; a closed tab or an unknown
// one falls back to opening the page; a URL that is not a seller page is never opened.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDatabase } from '../../../lib/db';
import type { Conversation } from '../../../lib/model';
import { noteListPage, openConversation, rememberConversationTab } from '../../../lib/tracker/conversation-tabs';

function conversation(id: string, url: string): Conversation {
  return {
    id, platform: 'amazon', marketplace: 'US', threadId: id, buyer: 'Ada Quill', orderId: null, subject: 'Where is it', url,
    lastBuyerAt: 1, awaitingSince: 1, awaitingSinceApprox: false, lastSellerAt: null, status: 'awaiting', kind: 'message',
    caseSignal: null, firstInThread: true, category: 'shipping', priority: 'B', dueAt: 2, platformDueAt: 3, teamDueAt: 2,
    resolveBy: 4, triage: null, categoryByAgent: false, escalation: null, firstSeenAt: 1, updatedAt: 1,
  };
}

const THREAD_URL = 'https://sellercentral.amazon.com/messaging/thread?threadId=abc';

describe('openConversation', () => {
  it('focuses the tab that shows the thread instead of opening another', async () => {
    const db = openDatabase('tabs-focus');
    await db.conversations.put(conversation('amazon:US:abc', THREAD_URL));
    const shown = await fakeBrowser.tabs.create({ url: THREAD_URL, active: false });
    await fakeBrowser.tabs.create({ url: 'https://example.com/', active: true });
    await rememberConversationTab('amazon:US:abc', shown.id!, THREAD_URL);
    const before = (await fakeBrowser.tabs.query({})).length;
    expect(await openConversation(db, 'amazon:US:abc')).toBe('focused');
    expect((await fakeBrowser.tabs.get(shown.id!)).active).toBe(true);
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
  });

  it('opens the page when its tab was closed', async () => {
    const db = openDatabase('tabs-closed');
    await db.conversations.put(conversation('amazon:US:abc', THREAD_URL));
    // A tab id the browser no longer has (closed while the worker slept, so onRemoved was missed).
    await rememberConversationTab('amazon:US:abc', 9999, THREAD_URL);
    expect(await openConversation(db, 'amazon:US:abc')).toBe('opened');
    expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(THREAD_URL);
  });

  it('a tab that moved to another thread no longer counts for the first', async () => {
    const db = openDatabase('tabs-moved');
    await db.conversations.put(conversation('amazon:US:abc', THREAD_URL));
    const tab = await fakeBrowser.tabs.create({ url: THREAD_URL });
    await rememberConversationTab('amazon:US:abc', tab.id!, THREAD_URL);
    await rememberConversationTab('amazon:US:def', tab.id!, THREAD_URL.replace('abc', 'def'));
    expect(await openConversation(db, 'amazon:US:abc')).toBe('opened');
  });

  it('never opens a stored URL that is not a seller page', async () => {
    const db = openDatabase('tabs-foreign');
    await db.conversations.put(conversation('amazon:US:abc', 'https://evil.example/phish'));
    const before = (await fakeBrowser.tabs.query({})).length;
    expect(await openConversation(db, 'amazon:US:abc')).toBe('unknown');
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
  });

  it('a tab that went back to the inbox no longer counts; a thread page with the list beside it still does', async () => {
    const db = openDatabase('tabs-inbox');
    await db.conversations.put(conversation('amazon:US:abc', THREAD_URL));
    const tab = await fakeBrowser.tabs.create({ url: THREAD_URL });
    await rememberConversationTab('amazon:US:abc', tab.id!, THREAD_URL);
    // eBay's conversation page reads its list too: the tab still shows its thread.
    await noteListPage(tab.id!, 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&reference_id=1&other_user_id=x');
    expect(await openConversation(db, 'amazon:US:abc')).toBe('focused');
    await noteListPage(tab.id!, 'https://sellercentral.amazon.com/messaging/inbox-v3');
    expect(await openConversation(db, 'amazon:US:abc')).toBe('opened');
  });
});
