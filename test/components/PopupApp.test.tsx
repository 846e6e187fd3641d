// The popup as an agent sees it: waiting conversations most urgent first (ten at most) with live countdowns, a click
// focusing the conversation's tab, pages that could not be read called out; the shift on duty and the busy
// marketplaces, counts per platform, quick templates copied filled in, and the same popup in Chinese.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/PopupApp';
import { openDatabase } from '@/lib/db';
import type { PopupActions } from '@/components/popup/popup-actions';
import type { Conversation, Template } from '@/lib/model';
import { saveSetting } from '@/lib/settings/team-settings';
import zhCN from '@/public/_locales/zh_CN/messages.json';
import { formatMessage, type LocaleMessages } from '../locale-messages';

const HOUR = 3600_000;
const NOW = Date.UTC(2026, 10, 22, 20, 0); // Monday 04:00 in Shanghai
const SHANGHAI = { locale: 'en-GB', timeZone: 'Asia/Shanghai' };
const LIST = 'Conversations waiting for a reply, most urgent first';

function conversation(id: string, buyer: string, dueInHours: number | null, extra: Partial<Conversation> = {}): Conversation {
  const dueAt = dueInHours === null ? null : NOW + dueInHours * HOUR;
  return {
    id: `amazon:US:${id}`,
    platform: 'amazon',
    marketplace: 'US',
    threadId: id,
    buyer,
    orderId: null,
    subject: `Subject of ${buyer}`,
    url: `https://sellercentral.amazon.com/messaging/thread/${id}`,
    lastBuyerAt: null,
    awaitingSince: dueAt === null ? null : dueAt - 24 * HOUR,
    awaitingSinceApprox: false,
    lastSellerAt: null,
    status: dueAt === null ? 'replied' : 'awaiting',
    kind: 'message',
    caseSignal: null,
    firstInThread: true,
    category: 'other',
    priority: 'B',
    dueAt,
    platformDueAt: dueAt,
    teamDueAt: dueAt === null ? null : dueAt + 12 * HOUR,
    resolveBy: null,
    triage: null,
    categoryByAgent: false,
    escalation: null,
    firstSeenAt: NOW - 48 * HOUR,
    updatedAt: NOW,
    ...extra,
  };
}

/** Actions that do nothing: tests of what the popup shows need no browser behind it. */
const NO_ACTIONS: PopupActions = { openConversation: async () => {}, openDashboard: async () => {}, copyText: async () => {}, close: () => {} };

// The popup's clock ticks each second from Date.now(): stopped at NOW, so a slow test cannot drift into real time.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('PopupApp', () => {
  it('lists waiting conversations by due time, overdue first, with localised countdowns', async () => {
    const db = openDatabase();
    await db.conversations.bulkPut([
      conversation('C', 'Olivia Grant', 21),
      conversation('A', 'Emma Whitfield', -48, { awaitingSinceApprox: true, orderId: '111-2223334-4445556' }),
      conversation('D', 'Noah Castillo', 1.5),
      conversation('B', 'Lukas Brenner', -6),
      conversation('E', 'Grace Lindqvist', null),
    ]);
    render(<PopupApp db={db} actions={NO_ACTIONS} initialNow={NOW} display={SHANGHAI} />);
    const list = await screen.findByRole('list', { name: LIST });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('.conversation__buyer')!.textContent)).toEqual([
      'Emma Whitfield',
      'Lukas Brenner',
      'Noah Castillo',
      'Olivia Grant',
    ]);
    expect(rows.map((row) => row.querySelector('.countdown')!.textContent)).toEqual([
      '≈ overdue 2d 0h',
      'overdue 6h 0m',
      'due in 1h 30m',
      'due in 21h 0m',
    ]);
    expect(rows.map((row) => row.querySelector('.countdown')!.getAttribute('data-state'))).toEqual(['overdue', 'overdue', 'soon', 'later']);
    expect(within(rows[0]!).getByText('Order 111-2223334-4445556')).toBeTruthy();
    expect(screen.getByTestId('summary').textContent).toBe('2 overdue · 4 waiting for a reply');
    expect(screen.getByText('1 answered conversations tracked')).toBeTruthy();
  });

  it('shows the team target and the platform deadline, the binding one marked, approximate ones with ≈', async () => {
    const db = openDatabase();
    await db.conversations.bulkPut([
      conversation('A', 'Emma Whitfield', -48, { awaitingSinceApprox: true }),
      conversation('F', 'Finn Doyle', 5, { platform: 'ebay', platformDueAt: null, teamDueAt: NOW + 5 * HOUR }),
    ]);
    render(<PopupApp db={db} actions={NO_ACTIONS} initialNow={NOW} display={SHANGHAI} />);
    const rows = within(await screen.findByRole('list', { name: LIST })).getAllByRole('listitem');
    // Emma: platform deadline 48 h ago = Sat 04:00 Shanghai (binding), team target 12 h later.
    expect(within(rows[0]!).getByTestId('platform-deadline').textContent).toBe('Amazon deadline ≈ Sat 04:00');
    expect(within(rows[0]!).getByTestId('platform-deadline').className).toContain('deadline--binding');
    expect(within(rows[0]!).getByTestId('team-target').textContent).toBe('Team target ≈ Sat 16:00');
    expect(within(rows[1]!).getByTestId('platform-deadline').textContent).toBe('no eBay deadline');
    expect(within(rows[1]!).getByTestId('team-target').textContent).toBe('Team target Mon 09:00');
  });

  it('counts down live', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(NOW);
    const db = openDatabase();
    await db.conversations.put(conversation('D', 'Noah Castillo', 1 / 60)); // due in one minute
    render(<PopupApp db={db} actions={NO_ACTIONS} initialNow={NOW} display={SHANGHAI} />);
    expect((await screen.findByText('due in 1m 00s')).getAttribute('data-state')).toBe('soon');
    await act(async () => {
      vi.advanceTimersByTime(61_000);
    });
    expect(screen.getByText('overdue 0m 01s').getAttribute('data-state')).toBe('overdue');
  });

  it('opens the conversation that was clicked', async () => {
    const db = openDatabase();
    await db.conversations.bulkPut([conversation('A', 'Emma Whitfield', -2), conversation('C', 'Olivia Grant', 5)]);
    const open = vi.fn(async (_conversation: Conversation) => {});
    render(<PopupApp db={db} actions={{ ...NO_ACTIONS, openConversation: open }} initialNow={NOW} display={SHANGHAI} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open the conversation with Olivia Grant' }));
    expect(open).toHaveBeenCalledTimes(1);
    expect(open.mock.calls[0]![0]).toMatchObject({ url: 'https://sellercentral.amazon.com/messaging/thread/C' });
  });

  it('says what to do when nothing is tracked yet', async () => {
    render(<PopupApp db={openDatabase()} actions={NO_ACTIONS} initialNow={NOW} display={SHANGHAI} />);
    expect(await screen.findByText(/No conversation is waiting for a reply/)).toBeTruthy();
    expect(screen.getByTestId('summary').textContent).toBe('0 overdue · 0 waiting for a reply');
  });

  it('calls out a seller page that could not be read, so silence is not taken for "all answered"', async () => {
    const db = openDatabase();
    await db.pageHealth.bulkPut([
      { key: 'amazon:UK:inbox', platform: 'amazon', marketplace: 'UK', page: 'inbox', variant: null, rows: 0, problems: [{ code: 'no-rows', detail: '' }], url: 'https://sellercentral.amazon.co.uk/messaging/inbox-v3', readAt: NOW },
      { key: 'amazon:US:inbox', platform: 'amazon', marketplace: 'US', page: 'inbox', variant: 'v3-kat-table', rows: 4, problems: [], url: 'https://sellercentral.amazon.com/messaging/inbox-v3', readAt: NOW },
    ]);
    render(<PopupApp db={db} actions={NO_ACTIONS} initialNow={NOW} display={SHANGHAI} />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Amazon UK inbox: no conversation rows found on the page',
    ]);
  });
});

describe('PopupApp triage', () => {
  it('shows each conversation’s priority and category, and marks urgent ones', async () => {
    const db = openDatabase();
    const triage = { language: 'en', sentiment: 'negative' as const, urgent: true, noResponseNeeded: false, reasons: [{ kind: 'urgency-word', match: 'URGENT' }], category: 'order' as const, textKey: 'k' };
    await db.conversations.bulkPut([
      conversation('U', 'Ava Stone', 1, { category: 'order', priority: 'A', triage }),
      conversation('T', 'Ben Hale', 20, { category: 'feedback', priority: 'C', triage: { ...triage, urgent: false, noResponseNeeded: true, category: 'feedback' } }),
    ]);
    render(<PopupApp db={db} actions={NO_ACTIONS} initialNow={NOW} display={SHANGHAI} />);
    const rows = within(await screen.findByRole('list', { name: LIST })).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('.conversation__triage')!.textContent)).toEqual([
      'UrgentA · Order change',
      'C · FeedbackProbably needs no reply',
    ]);
  });
});

describe('PopupApp shift status', () => {
  it('says which shift is on duty and for how long, the next shift, and which marketplaces are busy', async () => {
    // NOW is Monday 04:00 in Beijing: the default night shift (Sunday 23:00 – 07:00) runs across midnight.
    render(<PopupApp db={openDatabase()} actions={NO_ACTIONS} initialNow={NOW} display={SHANGHAI} />);
    const panel = await screen.findByTestId('shift-status');
    expect(within(panel).getByRole('listitem').textContent).toBe('Night shift on duty until 07:00 (3h 0m left)');
    expect(within(panel).getByTestId('shift-next').textContent).toBe('Next: Day shift at 09:00 (in 5h 0m)');
    // Sunday 15:00 in New York: US buyers are busy until 19:00 there, 08:00 in Beijing.
    expect(within(panel).getByTestId('busy-now').textContent).toBe('Buyers busy now: US until 08:00');
  });

  it('says nobody is on duty on a team day off, and when the next shift starts', async () => {
    const db = openDatabase();
    await saveSetting(db, 'teamHolidays', { country: '', customDaysOff: ['2026-11-23'] });
    await saveSetting(db, 'team', { agentName: 'Mei Chen', shopName: 'Lotus Home', teamZone: 'Asia/Shanghai' });
    const mondayTen = NOW + 6 * HOUR; // Monday 10:00 in Beijing, a day off: Monday's shifts do not run
    vi.setSystemTime(mondayTen);
    render(<PopupApp db={db} actions={NO_ACTIONS} initialNow={mondayTen} display={SHANGHAI} />);
    expect((await screen.findByTestId('shift-nobody', {}, { timeout: 3000 })).textContent).toBe('Nobody is on duty now.');
    expect(screen.getByTestId('shift-next').textContent).toBe('Next: Day shift at Tue 09:00 (in 23h 0m)');
    // 11:00 in Tokyo and 13:00 in Sydney, with nobody on duty; 02:00 in London and 21:00 in New York are quiet.
    expect(screen.getByTestId('busy-now').textContent).toBe('Buyers busy now: JP until 17:00, AU until 14:00 These busy hours have nobody on duty.');
  });

  it('follows the stored schedule, and updates when it changes', async () => {
    const db = openDatabase();
    await saveSetting(db, 'shifts', [{ id: 'late', name: 'Late', start: '02:00', end: '10:00', days: [1, 2, 3, 4, 5, 6, 7], zone: 'Asia/Shanghai', agents: [] }]);
    render(<PopupApp db={db} actions={NO_ACTIONS} initialNow={NOW} display={SHANGHAI} />);
    await waitFor(() => expect(screen.getByTestId('shift-status').querySelector('li')?.textContent).toBe('Late shift on duty until 10:00 (6h 0m left)'));
    await act(() => saveSetting(db, 'shifts', []));
    await waitFor(() => expect(screen.getByTestId('shift-status').textContent).toContain('No shifts are set up yet'));
  });
});

describe('PopupApp counts per platform', () => {
  it('tabulates overdue, due within two hours and waiting per platform, with totals', async () => {
    const db = openDatabase();
    await db.conversations.bulkPut([
      conversation('A1', 'Ava Stone', -3),
      conversation('A2', 'Ben Hale', 1),
      conversation('A3', 'Cleo Park', 20),
      conversation('E1', 'Dara Quinn', -1, { platform: 'ebay', id: 'ebay:US:E1' }),
      conversation('E2', 'Eli Moss', 1.9, { platform: 'ebay', id: 'ebay:US:E2' }),
      conversation('R', 'Finn Doyle', null),
    ]);
    render(<PopupApp db={db} actions={NO_ACTIONS} initialNow={NOW} display={SHANGHAI} />);
    const table = await screen.findByRole('table', { name: 'Waiting by platform' });
    const cells = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(cells).toEqual([
      ['Platform', 'Overdue', 'Due within 2 h', 'Waiting'],
      ['Amazon', '1', '1', '3'],
      ['eBay', '1', '1', '2'],
      ['All', '2', '2', '5'],
    ]);
  });
});

describe('PopupApp most urgent', () => {
  it('shows the ten due first, in due order, and says how many more wait', async () => {
    const db = openDatabase();
    // Twelve waiting, stored out of order: due in 12 h, 11 h … 1 h, and one 30 minutes overdue.
    const buyers = Array.from({ length: 11 }, (_, i) => conversation(`N${i}`, `Buyer ${String.fromCharCode(65 + i)}`, 12 - i));
    await db.conversations.bulkPut([...buyers, conversation('Late', 'Zoe Late', -0.5)]);
    render(<PopupApp db={db} actions={NO_ACTIONS} initialNow={NOW} display={SHANGHAI} />);
    const rows = within(await screen.findByRole('list', { name: LIST })).getAllByRole('listitem');
    expect(rows).toHaveLength(10);
    expect(rows.map((row) => row.querySelector('.conversation__buyer')!.textContent)).toEqual([
      'Zoe Late', 'Buyer K', 'Buyer J', 'Buyer I', 'Buyer H', 'Buyer G', 'Buyer F', 'Buyer E', 'Buyer D', 'Buyer C',
    ]);
    expect(screen.getByText('2 more waiting: see them all in the dashboard’s inbox.')).toBeTruthy();
    expect(screen.getByTestId('summary').textContent).toBe('1 overdue · 12 waiting for a reply');
  });

  it('a click asks the background to focus or open the conversation’s tab, then closes the popup', async () => {
    const db = openDatabase();
    await db.conversations.bulkPut([conversation('A', 'Emma Whitfield', -2), conversation('C', 'Olivia Grant', 5)]);
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener(((message: { type: string; data: unknown }, _sender: unknown, sendResponse: (a: unknown) => void) => {
      received.push({ type: message.type, data: message.data });
      sendResponse({ ok: true, value: 'focused' });
      return true;
    }) as never);
    const close = vi.fn();
    // The real openConversation (lib/messaging.ts → the fake background); only closing the window is replaced.
    render(<PopupApp db={db} actions={{ close }} initialNow={NOW} display={SHANGHAI} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open the conversation with Olivia Grant' }));
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    expect(received).toEqual([{ type: 'openConversation', data: { id: 'amazon:US:C' } }]);
  });

  it('stays open and says so when the conversation cannot be opened', async () => {
    const db = openDatabase();
    await db.conversations.put(conversation('A', 'Emma Whitfield', -2));
    fakeBrowser.runtime.onMessage.addListener(((_m: unknown, _s: unknown, sendResponse: (a: unknown) => void) => {
      sendResponse({ ok: true, value: 'unknown' });
      return true;
    }) as never);
    const close = vi.fn();
    render(<PopupApp db={db} actions={{ close }} initialNow={NOW} display={SHANGHAI} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open the conversation with Emma Whitfield' }));
    expect((await screen.findByText(/^Could not open the conversation/)).textContent).toBe(
      'Could not open the conversation: https://sellercentral.amazon.com/messaging/thread/A',
    );
    expect(close).not.toHaveBeenCalled();
  });

  it('opens the dashboard from the header', async () => {
    const openDashboard = vi.fn(async () => {});
    const close = vi.fn();
    render(<PopupApp db={openDatabase()} actions={{ ...NO_ACTIONS, openDashboard, close }} initialNow={NOW} display={SHANGHAI} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open the dashboard' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(openDashboard).toHaveBeenCalledTimes(1);
  });
});

describe('PopupApp quick templates', () => {
  const TEMPLATES: Template[] = [
    {
      name: 'Tracking update',
      body: 'Hello {{buyerFirstName}},\n\nyour order {{orderId}} is on its way.\n\nBest regards,\n{{agentName}} — {{shopName}}',
      platforms: ['amazon'],
      language: 'en',
      category: 'shipping',
      tags: ['tracking', 'where is my order'],
      shortcut: null,
      useCount: 3,
      lastUsedAt: NOW - HOUR,
      updatedAt: NOW,
    },
    {
      name: 'Refund issued',
      body: 'Dear {{buyerName}}, your refund was issued on {{today}}. {{agentName}}',
      platforms: [],
      language: 'en',
      category: 'return',
      tags: ['refund'],
      shortcut: null,
      useCount: 1,
      lastUsedAt: null,
      updatedAt: NOW,
    },
  ];

  async function withTemplates() {
    const db = openDatabase();
    await db.templates.bulkAdd(TEMPLATES.map((template) => ({ ...template })));
    await saveSetting(db, 'team', { agentName: 'Mei Chen', shopName: 'Lotus Home', teamZone: 'Asia/Shanghai' });
    return db;
  }

  it('copies a searched template filled with the agent’s name, shop and date, buyer details left as [placeholders]', async () => {
    const db = await withTemplates();
    render(<PopupApp db={db} initialNow={NOW} display={SHANGHAI} />);
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Search templates' }), { target: { value: 'refnud' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Copy “Refund issued”' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied “Refund issued”. Fill in the [bracketed] parts before sending.'));
    // The real clipboard path (navigator.clipboard), read back: Monday 23 November in Beijing at NOW.
    expect(await navigator.clipboard.readText()).toBe('Dear [buyerName], your refund was issued on November 23, 2026. Mei Chen');
    expect(screen.queryByRole('button', { name: 'Copy “Tracking update”' })).toBeNull();
  });

  it('Enter in the search box copies the best match', async () => {
    const db = await withTemplates();
    const copyText = vi.fn(async () => {});
    render(<PopupApp db={db} actions={{ ...NO_ACTIONS, copyText }} initialNow={NOW} display={SHANGHAI} />);
    const search = await screen.findByRole('searchbox', { name: 'Search templates' });
    await screen.findByRole('button', { name: 'Copy “Tracking update”' });
    fireEvent.change(search, { target: { value: 'tracking' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    await waitFor(() => expect(copyText).toHaveBeenCalledWith('Hello [buyerFirstName],\n\nyour order [orderId] is on its way.\n\nBest regards,\nMei Chen — Lotus Home'));
  });

  it('when the clipboard refuses, shows the text selected for Ctrl+C', async () => {
    const db = await withTemplates();
    const copyText = vi.fn(async () => {
      throw new Error('Document is not focused.');
    });
    render(<PopupApp db={db} actions={{ ...NO_ACTIONS, copyText }} initialNow={NOW} display={SHANGHAI} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy “Refund issued”' }));
    const box = (await screen.findByRole('textbox', { name: 'Template text to copy' })) as HTMLTextAreaElement;
    expect(box.value).toBe('Dear [buyerName], your refund was issued on November 23, 2026. Mei Chen');
    expect(box.selectionStart).toBe(0);
    expect(box.selectionEnd).toBe(box.value.length);
    expect(screen.getByRole('status').textContent).toMatch(/^Could not copy automatically/);
  });
});

describe('PopupApp night watch', () => {
  it('offers the night-watch switch for the tab the popup was opened over', async () => {
    const asked: unknown[] = [];
    const send = async (type: string, data: unknown) => {
      asked.push({ type, data });
      return { enabled: true, intervalMinutes: 5, page: 'inbox' as const, watched: false, nextReloadAt: null, lastReloadAt: null, heldBy: null };
    };
    render(<PopupApp db={openDatabase()} actions={NO_ACTIONS} initialNow={NOW} display={SHANGHAI} nightWatch={{ findTab: async () => 7, send }} />);
    const toggle = await screen.findByRole('checkbox', { name: 'Keep this inbox fresh' });
    expect((toggle as HTMLInputElement).disabled).toBe(false);
    expect(asked).toEqual([{ type: 'nightWatchStatus', data: { tabId: 7 } }]);
  });
});

describe('PopupApp in Chinese', () => {
  it('shows its headings, table and shift lines in Simplified Chinese', async () => {
    fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
      formatMessage(zhCN as LocaleMessages, key, subs)) as typeof fakeBrowser.i18n.getMessage;
    const db = openDatabase();
    await db.conversations.bulkPut([conversation('A', 'Emma Whitfield', -2), conversation('B', 'Lukas Brenner', 1)]);
    render(<PopupApp db={db} actions={NO_ACTIONS} initialNow={NOW} display={{ locale: 'zh-CN', timeZone: 'Asia/Shanghai' }} />);
    const table = await screen.findByRole('table', { name: '各平台待回复' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['平台', '已超时', '2 小时内到期', '待回复']);
    expect(screen.getByRole('heading', { name: '最紧急' })).toBeTruthy();
    expect(screen.getByTestId('summary').textContent).toBe('1 条已超时 · 2 条待回复');
    expect((await screen.findByTestId('shift-next')).textContent).toBe('下一班：Day，09:00 开始（5小时0分后）');
    expect(screen.getByRole('button', { name: '打开控制台' })).toBeTruthy();
  });
});
