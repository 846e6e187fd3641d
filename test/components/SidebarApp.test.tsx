// The sidebar as an agent sees it, over a real (fake-indexeddb) Dexie: the conversation with its clocks, why
// triage chose its category and the correction, the actions and the messages they send, Amazon's "no response
// needed", buyer text as text, the keyboard flow (search focus, Esc), the insertion outcome in words, and the
// background feed used where a framed page may not open the database.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidebarApp } from '@/components/SidebarApp';
import { backgroundFeed, chooseFeed, dexieFeed } from '@/components/SidebarFeed';
import { InsertStatus, useInsertion } from '@/components/SidebarTemplates';
import { openDatabase } from '@/lib/db';
import type { sendMessage } from '@/lib/messaging';
import type { Conversation } from '@/lib/model';
import { messagingActions, type InsertOutcome } from '@/lib/sidebar-protocol';

const HOUR = 3600_000;
const MINUTE = 60_000;
const NOW = Date.UTC(2026, 10, 22, 20, 0); // Monday 04:00 in Shanghai
const SHANGHAI = { locale: 'en-GB', timeZone: 'Asia/Shanghai' };

function conversation(extra: Partial<Conversation> = {}): Conversation {
  return {
    id: 'amazon:US:amzn1.thread.FX0001',
    platform: 'amazon',
    marketplace: 'US',
    threadId: 'amzn1.thread.FX0001',
    buyer: 'Emma Whitfield',
    orderId: '111-2223334-4445556',
    subject: 'Where is my order?',
    url: 'https://sellercentral.amazon.com/messaging/inbox-v3?threadId=amzn1.thread.FX0001',
    lastBuyerAt: NOW - 5 * HOUR - 12 * MINUTE,
    awaitingSince: NOW - 5 * HOUR - 12 * MINUTE,
    awaitingSinceApprox: false,
    lastSellerAt: null,
    status: 'awaiting',
    kind: 'message',
    caseSignal: null,
    firstInThread: true,
    category: 'shipping',
    priority: 'B',
    dueAt: NOW - 1 * HOUR - 12 * MINUTE, // the 4 h shipping target, passed
    platformDueAt: NOW + 18 * HOUR + 48 * MINUTE, // Amazon's 24 h
    teamDueAt: NOW - 1 * HOUR - 12 * MINUTE,
    resolveBy: NOW + 18 * HOUR,
    triage: {
      language: 'en',
      sentiment: 'negative',
      urgent: false,
      noResponseNeeded: false,
      reasons: [
        { kind: 'keyword', match: 'tracking', category: 'shipping' },
        { kind: 'keyword', match: 'Where is it', category: 'shipping' },
        { kind: 'question', match: '?' },
      ],
      category: 'shipping',
      textKey: 'k',
    },
    categoryByAgent: false,
    escalation: null,
    firstSeenAt: NOW - 6 * HOUR,
    updatedAt: NOW,
    ...extra,
  };
}

async function setUp(stored: Conversation | null, { id = stored?.id ?? null, searchRequest = '' }: { id?: string | null; searchRequest?: string } = {}) {
  const db = openDatabase();
  if (stored) await db.conversations.put(stored);
  const send = vi.fn(async (type: string) => (type === 'insertReply' ? { inserted: true } : null));
  const actions = messagingActions(send as unknown as typeof sendMessage);
  const feed = dexieFeed(db);
  const view = render(<SidebarApp feed={feed} conversationId={id} actions={actions} initialNow={NOW} display={SHANGHAI} searchRequest={searchRequest} />);
  return { db, send, actions, feed, view };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('SidebarApp', () => {
  it('shows buyer, order, platform and marketplace, the live countdown, both clocks and how long the buyer has waited', async () => {
    await setUp(conversation());
    expect((await screen.findByTestId('buyer')).textContent).toBe('Emma Whitfield');
    expect(screen.getByText('Where is my order?')).toBeTruthy();
    expect(screen.getByTestId('marketplace').textContent).toBe('Amazon · US');
    expect(screen.getByTestId('order').textContent).toBe('Order 111-2223334-4445556');
    expect(screen.getByTestId('status').textContent).toBe('Waiting for your reply');
    const countdown = document.querySelector('.countdown')!;
    expect(countdown.textContent).toBe('overdue 1h 12m');
    expect(countdown.getAttribute('data-state')).toBe('overdue');
    // Shanghai time: team target 02:48 Monday (binding), Amazon's deadline 22:48 Monday.
    expect(screen.getByTestId('team-target').textContent).toBe('Team target Mon 02:48');
    expect(screen.getByTestId('team-target').className).toContain('deadline--binding');
    expect(screen.getByTestId('platform-deadline').textContent).toBe('Amazon deadline Mon 22:48');
    expect(screen.getByTestId('waiting').textContent).toBe('Buyer waiting 5h 12m');
  });

  it('marks approximate clocks with ≈', async () => {
    await setUp(conversation({ awaitingSinceApprox: true }));
    expect((await screen.findByTestId('waiting')).textContent).toBe('Buyer waiting ≈ 5h 12m');
    expect(document.querySelector('.countdown')!.textContent).toBe('≈ overdue 1h 12m');
    expect(screen.getByTestId('platform-deadline').textContent).toBe('Amazon deadline ≈ Mon 22:48');
  });

  it('shows priority, category and the words triage matched', async () => {
    await setUp(conversation({ priority: 'A', triage: { ...conversation().triage!, urgent: true, reasons: [...conversation().triage!.reasons, { kind: 'urgency-word', match: 'ASAP' }] } }));
    const reasons = within(await screen.findByRole('list', { name: 'Why: words in the buyer’s message' })).getAllByRole('listitem');
    // <q> adds the quotation marks (CSS): the matched words themselves are the text.
    expect(reasons.map((item) => item.textContent)).toEqual(['keywordtracking→ Shipping', 'keywordWhere is it→ Shipping', 'question?', 'urgent wordASAP']);
    expect(reasons.map((item) => item.querySelector('q')!.textContent)).toEqual(['tracking', 'Where is it', '?', 'ASAP']);
    expect(screen.getByTestId('priority').textContent).toBe('Priority A');
    expect(screen.getByText('Urgent')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Category' }) as HTMLSelectElement).value).toBe('shipping');
  });

  it('sends setCategory when the agent corrects the category, and follows the stored correction', async () => {
    const { db, send } = await setUp(conversation());
    const select = (await screen.findByRole('combobox', { name: 'Category' })) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'quality' } });
    expect(send).toHaveBeenCalledWith('setCategory', { id: 'amazon:US:amzn1.thread.FX0001', category: 'quality' });
    expect((await screen.findByRole('status')).textContent).toBe('Category changed to Quality.');
    // The background stores it; the sidebar shows what is stored, and what triage had read.
    await act(async () => {
      await db.conversations.update('amazon:US:amzn1.thread.FX0001', { category: 'quality', categoryByAgent: true, priority: 'A' });
    });
    expect(await screen.findByText('set by you')).toBeTruthy();
    expect(screen.getByText('Triage read: Shipping')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Category' }) as HTMLSelectElement).value).toBe('quality');
  });

  it('sends each action as its message: replied, no response needed, resolved, escalate with a note', async () => {
    const { send } = await setUp(conversation());
    fireEvent.click(await screen.findByRole('button', { name: 'Mark replied' }));
    expect(send).toHaveBeenLastCalledWith('markConversation', { id: 'amazon:US:amzn1.thread.FX0001', status: 'replied' });
    expect((await screen.findByRole('status')).textContent).toBe('Marked as replied.');
    fireEvent.click(screen.getByRole('button', { name: 'No response needed' }));
    expect(send).toHaveBeenLastCalledWith('markConversation', { id: 'amazon:US:amzn1.thread.FX0001', status: 'no-response-needed' });
    await screen.findByText('Marked as needing no response.');
    fireEvent.click(screen.getByRole('button', { name: 'Resolved' }));
    expect(send).toHaveBeenLastCalledWith('markConversation', { id: 'amazon:US:amzn1.thread.FX0001', status: 'resolved' });
    await screen.findByText('Marked as resolved.');

    fireEvent.click(screen.getByRole('button', { name: 'Escalate…' }));
    const note = screen.getByRole('textbox', { name: 'Note for whoever takes it over' });
    expect(document.activeElement).toBe(note);
    expect((screen.getByRole('button', { name: 'Escalate' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(note, { target: { value: 'Buyer mentions a chargeback' } });
    fireEvent.click(screen.getByRole('button', { name: 'Escalate' }));
    expect(send).toHaveBeenLastCalledWith('escalate', { id: 'amazon:US:amzn1.thread.FX0001', note: 'Buyer mentions a chargeback' });
    await screen.findByText('Escalated.');
    expect(screen.queryByRole('textbox', { name: 'Note for whoever takes it over' })).toBeNull();
  });

  it('says so when an action fails', async () => {
    const { send } = await setUp(conversation());
    send.mockRejectedValueOnce(new Error('markConversation: no conversation amazon:US:amzn1.thread.FX0001'));
    fireEvent.click(await screen.findByRole('button', { name: 'Mark replied' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That did not work: markConversation: no conversation amazon:US:amzn1.thread.FX0001');
  });

  it('offers "no response needed" on Amazon only, suggested when triage read a pure thanks', async () => {
    await setUp(conversation({ triage: { ...conversation().triage!, noResponseNeeded: true } }));
    const suggested = await screen.findByRole('button', { name: 'No response needed' });
    expect(suggested.className).toContain('is-suggested');
    cleanup();
    await setUp(conversation({ id: 'ebay:US:2901234561', platform: 'ebay', platformDueAt: null }));
    await screen.findByRole('button', { name: 'Mark replied' });
    expect(screen.queryByRole('button', { name: 'No response needed' })).toBeNull();
    expect(screen.getByTestId('platform-deadline').textContent).toBe('no eBay deadline');
  });

  it('offers only what fits the status, and shows an escalation with its note and a way to withdraw it', async () => {
    const { send } = await setUp(
      conversation({ status: 'replied', awaitingSince: null, dueAt: null, teamDueAt: null, platformDueAt: null, escalation: { note: 'Refund over $200: needs a lead', at: NOW - HOUR } }),
    );
    expect((await screen.findByTestId('status')).textContent).toBe('Replied');
    expect(document.querySelector('.countdown')).toBeNull();
    expect(screen.getAllByRole('button', { name: /Mark replied|No response needed|Resolved/ }).map((b) => b.textContent)).toEqual(['Resolved']);
    expect(screen.getByTestId('escalation').textContent).toBe('Escalated Mon 03:00Refund over $200: needs a lead');
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw escalation' }));
    expect(send).toHaveBeenLastCalledWith('escalate', { id: 'amazon:US:amzn1.thread.FX0001', note: null });
    await screen.findByText('Escalation withdrawn.');
  });

  it('shows a buyer name and notes that look like HTML as text, never as markup', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    await setUp(conversation({ buyer: evil, subject: `<b>${evil}</b>`, escalation: { note: evil, at: NOW }, triage: { ...conversation().triage!, reasons: [{ kind: 'keyword', match: evil }] } }));
    expect((await screen.findByTestId('buyer')).textContent).toBe(evil);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByTestId('escalation').textContent).toContain(evil);
    expect(document.body.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('follows the stored conversation live (a reply read off the page ends the clock)', async () => {
    const { db } = await setUp(conversation());
    await screen.findByText('overdue 1h 12m');
    await act(async () => {
      await db.conversations.update('amazon:US:amzn1.thread.FX0001', { status: 'replied', dueAt: null, awaitingSince: null, teamDueAt: null, platformDueAt: null });
    });
    expect((await screen.findByTestId('status')).textContent).toBe('Replied');
    expect(document.querySelector('.countdown')).toBeNull();
  });

  it('says what to do on a page without a conversation, and that it is reading one not stored yet', async () => {
    await setUp(null, { id: null });
    expect(await screen.findByText('Open a conversation to see its reply clock and actions here.')).toBeTruthy();
    cleanup();
    const { db } = await setUp(null, { id: 'amazon:US:new' });
    expect(await screen.findByText('Reading this conversation…')).toBeTruthy();
    await act(async () => {
      await db.conversations.put(conversation({ id: 'amazon:US:new', buyer: 'Noah Castillo' }));
    });
    expect((await screen.findByTestId('buyer')).textContent).toBe('Noah Castillo');
  });
});

describe('SidebarApp keyboard flow', () => {
  it('focuses the template search when the keyboard command asks (#search-n), again on each new request', async () => {
    const { view, actions, feed } = await setUp(conversation(), { searchRequest: '#search-1' });
    const search = await screen.findByRole('searchbox', { name: 'Search templates' });
    expect(document.activeElement).toBe(search);
    search.blur();
    view.rerender(<SidebarApp feed={feed} conversationId="amazon:US:amzn1.thread.FX0001" actions={actions} initialNow={NOW} display={SHANGHAI} searchRequest="#search-2" />);
    expect(document.activeElement).toBe(search);
  });

  it('Esc collapses the sidebar; Esc in an open escalation note closes the note instead', async () => {
    const { send } = await setUp(conversation());
    fireEvent.click(await screen.findByRole('button', { name: 'Escalate…' }));
    const search = screen.getByRole('searchbox', { name: 'Search templates' });
    const note = screen.getByRole('textbox', { name: 'Note for whoever takes it over' });
    fireEvent.keyDown(note, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Note for whoever takes it over' })).toBeNull();
    expect(send).not.toHaveBeenCalledWith('sidebarAction', expect.anything());
    fireEvent.keyDown(search, { key: 'Escape' });
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith('sidebarAction', { action: 'collapse' }));
  });

  it('the header buttons move the sidebar to the other side and collapse it', async () => {
    const { send } = await setUp(conversation());
    fireEvent.click(await screen.findByRole('button', { name: 'Move the sidebar to the other side' }));
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith('sidebarAction', { action: 'toggle-side' }));
    fireEvent.click(screen.getByRole('button', { name: 'Collapse the sidebar (Esc)' }));
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith('sidebarAction', { action: 'collapse' }));
  });
});

describe('insertion from the sidebar', () => {
  function Harness({ insert }: { insert: (text: string, id: string | null) => Promise<InsertOutcome> }) {
    const actions = { ...messagingActions(vi.fn() as never), insert };
    const { insert: run, status } = useInsertion(actions, 'amazon:US:A');
    return (
      <>
        <button type="button" onClick={() => void run('Dear Emma,\nthanks!')}>
          insert
        </button>
        <InsertStatus status={status} />
      </>
    );
  }

  it('sends plain text with the conversation through insertReply (tab named where the browser can say it)', async () => {
    const send = vi.fn(async () => ({ inserted: true }));
    const actions = messagingActions(send as never, async () => 12);
    expect(await actions.insert('Dear Emma,\nthanks!', 'amazon:US:A')).toEqual({ inserted: true });
    expect(send).toHaveBeenCalledWith('insertReply', { text: 'Dear Emma,\nthanks!', conversationId: 'amazon:US:A', tabId: 12 });
    await messagingActions(send as never, async () => {
      throw new Error('no tabs API here');
    }).layout('expand');
    expect(send).toHaveBeenLastCalledWith('sidebarAction', { action: 'expand' });
  });

  it('says it worked, or why not in the agent’s language', async () => {
    const outcomes: InsertOutcome[] = [{ inserted: true }, { inserted: false, reason: 'no-reply-box' }, { inserted: false, reason: 'conversation-changed' }];
    const insert = vi.fn(async () => outcomes.shift()!);
    render(<Harness insert={insert} />);
    fireEvent.click(screen.getByRole('button', { name: 'insert' }));
    expect((await screen.findByRole('status')).textContent).toBe('Inserted into the reply box: check it, then send.');
    expect(insert).toHaveBeenCalledWith('Dear Emma,\nthanks!', 'amazon:US:A');
    fireEvent.click(screen.getByRole('button', { name: 'insert' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This page shows no reply box: open the conversation’s reply form, then try again.');
    fireEvent.click(screen.getByRole('button', { name: 'insert' }));
    expect((await screen.findByText(/another conversation/)).textContent).toBe('The page now shows another conversation: nothing was inserted.');
  });
});

describe('backgroundFeed (a framed page the browser refuses the database)', () => {
  it('asks the background for the conversation, and again on each "conversations changed" notice', async () => {
    let stored: Conversation | null = conversation();
    const getConversation = vi.fn(async () => stored);
    const send = vi.fn(async () => null);
    render(<SidebarApp feed={backgroundFeed(getConversation)} conversationId="amazon:US:amzn1.thread.FX0001" actions={messagingActions(send as never)} initialNow={NOW} display={SHANGHAI} />);
    expect((await screen.findByTestId('buyer')).textContent).toBe('Emma Whitfield');
    expect(getConversation).toHaveBeenCalledWith('amazon:US:amzn1.thread.FX0001');
    stored = { ...conversation(), status: 'resolved', dueAt: null, awaitingSince: null };
    await act(async () => {
      await fakeBrowser.runtime.onMessage.trigger({ replyclockChanged: 1 }, {}, () => undefined);
    });
    expect((await screen.findByTestId('status')).textContent).toBe('Resolved');
    stored = null;
    await act(async () => {
      await fakeBrowser.runtime.onMessage.trigger({ replyclockChanged: 1 }, {}, () => undefined);
    });
    expect(await screen.findByText('Reading this conversation…')).toBeTruthy();
  });
});

describe('chooseFeed', () => {
  it('reads Dexie where the frame opens the extension’s own database, the background where it is refused or a stranger’s', async () => {
    const getConversation = vi.fn(async () => conversation());
    const own = openDatabase('own');
    await own.settings.put({ key: 'clock.fingerprint', value: 'f' });
    await own.conversations.put(conversation({ buyer: 'From Dexie' }));
    const fromOwn = await chooseFeed(own, getConversation);
    const seen: (Conversation | undefined)[] = [];
    const stop = fromOwn('amazon:US:amzn1.thread.FX0001', (c) => seen.push(c));
    await vi.waitFor(() => expect(seen.map((c) => c?.buyer)).toEqual(['From Dexie']));
    stop();
    expect(getConversation).not.toHaveBeenCalled();

    // A partitioned, empty database of the frame's own: not the real one.
    const empty = await chooseFeed(openDatabase('partitioned'), getConversation);
    const stopEmpty = empty('amazon:US:amzn1.thread.FX0001', () => undefined);
    expect(getConversation).toHaveBeenCalledTimes(1);
    stopEmpty();

    // Refused outright (third-party storage blocked).
    const refused = openDatabase('refused');
    vi.spyOn(refused, 'open').mockRejectedValue(new Dexie.OpenFailedError('The user denied permission to access the database.'));
    const fallback = await chooseFeed(refused, getConversation);
    const stopRefused = fallback('amazon:US:amzn1.thread.FX0001', () => undefined);
    expect(getConversation).toHaveBeenCalledTimes(2);
    stopRefused();
  });
});
