// The popup as an agent sees it: waiting conversations most urgent first with live countdowns, overdue
// ones marked, a click opening the conversation, and pages that could not be read called out.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '@/components/PopupApp';
import { openDatabase } from '@/lib/db';
import type { Conversation } from '@/lib/model';

const HOUR = 3600_000;
const NOW = Date.UTC(2026, 10, 22, 20, 0); // Monday 04:00 in Shanghai
const SHANGHAI = { locale: 'en-GB', timeZone: 'Asia/Shanghai' };

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
    render(<PopupApp db={db} openConversation={() => {}} initialNow={NOW} display={SHANGHAI} />);
    const list = await screen.findByRole('list', { name: 'Conversations waiting for a reply, most urgent first' });
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
    render(<PopupApp db={db} openConversation={() => {}} initialNow={NOW} display={SHANGHAI} />);
    const rows = within(await screen.findByRole('list')).getAllByRole('listitem');
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
    render(<PopupApp db={db} openConversation={() => {}} initialNow={NOW} display={SHANGHAI} />);
    expect((await screen.findByText('due in 1m 00s')).getAttribute('data-state')).toBe('soon');
    await act(async () => {
      vi.advanceTimersByTime(61_000);
    });
    expect(screen.getByText('overdue 0m 01s').getAttribute('data-state')).toBe('overdue');
  });

  it('opens the conversation that was clicked', async () => {
    const db = openDatabase();
    await db.conversations.bulkPut([conversation('A', 'Emma Whitfield', -2), conversation('C', 'Olivia Grant', 5)]);
    const open = vi.fn();
    render(<PopupApp db={db} openConversation={open} initialNow={NOW} display={SHANGHAI} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open the conversation with Olivia Grant' }));
    expect(open).toHaveBeenCalledTimes(1);
    expect(open.mock.calls[0]![0]).toMatchObject({ url: 'https://sellercentral.amazon.com/messaging/thread/C' });
  });

  it('says what to do when nothing is tracked yet', async () => {
    render(<PopupApp db={openDatabase()} openConversation={() => {}} initialNow={NOW} display={SHANGHAI} />);
    expect(await screen.findByText(/No conversation is waiting for a reply/)).toBeTruthy();
    expect(screen.getByTestId('summary').textContent).toBe('0 overdue · 0 waiting for a reply');
  });

  it('calls out a seller page that could not be read, so silence is not taken for "all answered"', async () => {
    const db = openDatabase();
    await db.pageHealth.bulkPut([
      { key: 'amazon:UK:inbox', platform: 'amazon', marketplace: 'UK', page: 'inbox', variant: null, rows: 0, problems: [{ code: 'no-rows', detail: '' }], url: 'https://sellercentral.amazon.co.uk/messaging/inbox-v3', readAt: NOW },
      { key: 'amazon:US:inbox', platform: 'amazon', marketplace: 'US', page: 'inbox', variant: 'v3-kat-table', rows: 4, problems: [], url: 'https://sellercentral.amazon.com/messaging/inbox-v3', readAt: NOW },
    ]);
    render(<PopupApp db={db} openConversation={() => {}} initialNow={NOW} display={SHANGHAI} />);
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
    render(<PopupApp db={db} openConversation={() => {}} initialNow={NOW} display={SHANGHAI} />);
    const rows = within(await screen.findByRole('list')).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('.conversation__triage')!.textContent)).toEqual([
      'UrgentA · Order change',
      'C · FeedbackProbably needs no reply',
    ]);
  });
});
