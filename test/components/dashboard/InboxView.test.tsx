// The dashboard inbox as an agent uses it: every conversation with its live countdown, each filter narrowing
// the rows, search ignoring accents, column sorting, select-all taking only the rows shown, bulk actions
// reaching the background (which changes the stored conversations and the badge), and a click opening one.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { InboxView } from '@/components/dashboard/InboxView';
import { openDatabase, type ReplyclockDb } from '@/lib/db';
import type { Conversation } from '@/lib/model';
import { startTracker } from '@/lib/tracker/start-tracker';
import { generateConversations, makeConversation } from '../../e2e/generate-conversations';

const HOUR = 3600_000;
const NOW = Date.UTC(2026, 10, 22, 20, 0);

function waiting(threadId: string, hoursAgo: number, extra: Partial<Conversation>): Conversation {
  return makeConversation({ threadId, awaitingSince: NOW - hoursAgo * HOUR, lastBuyerAt: NOW - hoursAgo * HOUR, ...extra }, NOW);
}

// Due times from the default rules: A 24 h Amazon deadline (shipping team target 4 h), D quality 2 h,
// G shipping 4 h, B return 1 h, F product 12 h.
const CONVERSATIONS = [
  waiting('A', 30, { buyer: 'Zoë Müller', subject: 'Where is my parcel?', category: 'shipping', orderId: '302-1111111-2222222' }),
  waiting('B', 0.5, { platform: 'ebay', marketplace: 'UK', buyer: 'Noah Castillo', subject: 'Return request', category: 'return', priority: 'A' }),
  makeConversation({ threadId: 'C', platform: 'etsy', buyer: 'José García', subject: 'Thank you!', category: 'feedback', priority: 'C', status: 'replied' }, NOW),
  waiting('D', 72, { marketplace: 'FR', buyer: 'Amélie Dubois', subject: 'Arrivé cassé', category: 'quality', priority: 'A', awaitingSinceApprox: true }),
  makeConversation({ threadId: 'E', platform: 'ebay', buyer: 'Grace Hughes', subject: 'Invoice', status: 'resolved' }, NOW),
  waiting('F', 2, { marketplace: 'UK', buyer: 'Kenji Tanaka', subject: 'Does it fit model X2?', category: 'product' }),
  waiting('G', 5, { platform: 'etsy', marketplace: 'DE', buyer: 'Søren Lindqvist', subject: 'Tracking not moving', category: 'shipping' }),
];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  history.replaceState(null, '', '#inbox');
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function showInbox(name: string, conversations = CONVERSATIONS): Promise<ReplyclockDb> {
  const db = openDatabase(name);
  await db.conversations.bulkPut(conversations);
  render(<InboxView db={db} initialNow={NOW} />);
  await screen.findByRole('table', { name: 'Tracked conversations' });
  return db;
}

/** The body rows as an agent reads them (the header row left out). */
function rows(): HTMLElement[] {
  return within(screen.getByRole('table', { name: 'Tracked conversations' }))
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1');
}

const column = (name: string) => rows().map((row) => row.querySelector(`[data-column="${name}"]`)!.textContent);
const buyers = () => column('buyer');
const count = () => screen.getByTestId('inbox-count').textContent;
const choose = (group: string, label: string) => fireEvent.click(within(screen.getByRole('group', { name: group })).getByLabelText(label));

/** Records every message the page sends; answers none of them (the tracker, when started, does). */
function recordMessages(): { type: string; data: unknown }[] {
  const sent: { type: string; data: unknown }[] = [];
  fakeBrowser.runtime.onMessage.addListener(((message: { type: string; data: unknown }) => {
    sent.push({ type: message.type, data: message.data });
    return undefined;
  }) as never);
  return sent;
}

describe('InboxView', () => {
  it('lists every conversation, most urgent first, with its countdown and wait (a dash when none)', async () => {
    await showInbox('inbox-1');
    expect(count()).toBe('7 of 7 conversations');
    expect(buyers()).toEqual(['Amélie Dubois', 'Zoë Müller', 'Søren Lindqvist', 'Noah Castillo', 'Kenji Tanaka', 'Grace Hughes', 'José García']);
    expect(column('platform')).toEqual(['Amazon', 'Amazon', 'Etsy', 'eBay', 'Amazon', 'eBay', 'Etsy']);
    expect(column('marketplace')).toEqual(['FR', 'US', 'DE', 'UK', 'UK', 'US', 'US']);
    expect(column('category')).toEqual(['Quality', 'Shipping', 'Shipping', 'Return', 'Product question', 'Other', 'Feedback']);
    expect(column('status')).toEqual([
      'Waiting for your reply',
      'Waiting for your reply',
      'Waiting for your reply',
      'Waiting for your reply',
      'Waiting for your reply',
      'Resolved',
      'Replied',
    ]);
    expect(column('due')).toEqual([
      '≈ overdue 2d 22h',
      'overdue 1d 2h',
      'overdue 1h 0m',
      'due in 30m 00s',
      'due in 10h 0m',
      '—not waiting for a reply',
      '—not waiting for a reply',
    ]);
    expect(column('waited').slice(0, 5)).toEqual(['≈ 3d 0h', '1d 6h', '5h 0m', '30m 00s', '2h 0m']);
  });

  it('each filter narrows the rows: platform, status, category, overdue, approximate', async () => {
    await showInbox('inbox-2');
    choose('Platform', 'eBay');
    await waitFor(() => expect(buyers()).toEqual(['Noah Castillo', 'Grace Hughes']));
    expect(count()).toBe('2 of 7 conversations');
    choose('Platform', 'Etsy');
    await waitFor(() => expect(buyers()).toEqual(['Søren Lindqvist', 'Noah Castillo', 'Grace Hughes', 'José García']));
    choose('Status', 'Waiting for your reply');
    await waitFor(() => expect(buyers()).toEqual(['Søren Lindqvist', 'Noah Castillo']));
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(count()).toBe('7 of 7 conversations'));

    choose('Category', 'Shipping');
    await waitFor(() => expect(buyers()).toEqual(['Zoë Müller', 'Søren Lindqvist']));
    choose('Category', 'Shipping');
    fireEvent.click(screen.getByLabelText('Overdue only'));
    await waitFor(() => expect(buyers()).toEqual(['Amélie Dubois', 'Zoë Müller', 'Søren Lindqvist']));
    fireEvent.click(screen.getByLabelText('Approximate clocks only'));
    await waitFor(() => expect(buyers()).toEqual(['Amélie Dubois']));
    // The filters are in the link, so a reload shows the same rows.
    expect(location.hash).toBe('#inbox?overdue=1&approx=1');
  });

  it('a conversation falls into the overdue filter as its due time passes, on the shared clock', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(NOW);
    await showInbox('inbox-3');
    fireEvent.click(screen.getByLabelText('Overdue only'));
    await waitFor(() => expect(buyers()).toEqual(['Amélie Dubois', 'Zoë Müller', 'Søren Lindqvist']));
    act(() => vi.advanceTimersByTime(31 * 60_000)); // Noah's 1-hour return target passes
    await waitFor(() => expect(buyers()).toEqual(['Amélie Dubois', 'Zoë Müller', 'Søren Lindqvist', 'Noah Castillo']));
    expect(column('due')[3]).toBe('overdue 1m 00s');
  });

  it('search finds buyer, subject, order and marketplace, ignoring case and accents', async () => {
    await showInbox('inbox-4');
    const search = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(search, { target: { value: 'zoe muller' } });
    await waitFor(() => expect(buyers()).toEqual(['Zoë Müller']));
    fireEvent.change(search, { target: { value: 'ARRIVE' } });
    await waitFor(() => expect(buyers()).toEqual(['Amélie Dubois']));
    fireEvent.change(search, { target: { value: '302-1111111' } });
    await waitFor(() => expect(buyers()).toEqual(['Zoë Müller']));
    fireEvent.change(search, { target: { value: 'uk' } });
    await waitFor(() => expect(buyers()).toEqual(['Noah Castillo', 'Kenji Tanaka']));
    fireEvent.change(search, { target: { value: 'nobody by that name' } });
    await waitFor(() => expect(screen.getByText('No conversation matches these filters.')).toBeTruthy());
    expect(count()).toBe('0 of 7 conversations');
  });

  it('sorts by a column header, and the same header again reverses it (empty values stay last)', async () => {
    await showInbox('inbox-5');
    fireEvent.click(screen.getByRole('button', { name: 'Buyer' }));
    await waitFor(() =>
      expect(buyers()).toEqual(['Amélie Dubois', 'Grace Hughes', 'José García', 'Kenji Tanaka', 'Noah Castillo', 'Søren Lindqvist', 'Zoë Müller']),
    );
    expect(screen.getByRole('columnheader', { name: 'Buyer' }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: 'Buyer' }));
    await waitFor(() => expect(buyers()[0]).toBe('Zoë Müller'));
    expect(screen.getByRole('columnheader', { name: 'Buyer' }).getAttribute('aria-sort')).toBe('descending');

    fireEvent.click(screen.getByRole('button', { name: 'Waited' })); // longest wait first
    await waitFor(() =>
      expect(buyers()).toEqual(['Amélie Dubois', 'Zoë Müller', 'Søren Lindqvist', 'Kenji Tanaka', 'Noah Castillo', 'Grace Hughes', 'José García']),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Priority' }));
    await waitFor(() => expect(column('priority').map((text) => text![0])).toEqual(['A', 'A', 'B', 'B', 'B', 'B', 'C']));
    expect(location.hash).toBe('#inbox?sort=priority');
  });

  it('select all takes only the rows shown; the bulk action sends exactly those, and the store and badge follow', async () => {
    const sent = recordMessages();
    const db = await showInbox('inbox-6');
    startTracker({ db, now: () => NOW });
    choose('Platform', 'Amazon');
    await waitFor(() => expect(buyers()).toEqual(['Amélie Dubois', 'Zoë Müller', 'Kenji Tanaka']));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all 3 shown conversations' }));
    expect(screen.getByTestId('inbox-selected').textContent).toBe('3 selected');

    fireEvent.click(screen.getByRole('button', { name: 'Mark resolved' }));
    await screen.findByText('3 updated, 0 skipped (the action does not apply to them).');
    expect(sent.filter((message) => message.type === 'bulkUpdate')).toEqual([
      { type: 'bulkUpdate', data: { ids: ['amazon:FR:D', 'amazon:US:A', 'amazon:UK:F'], action: { status: 'resolved' } } },
    ]);
    const statuses = Object.fromEntries((await db.conversations.toArray()).map((c) => [c.threadId, c.status]));
    expect(statuses).toEqual({ A: 'resolved', B: 'awaiting', C: 'replied', D: 'resolved', E: 'resolved', F: 'resolved', G: 'awaiting' });
    // Only Søren's is overdue now.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await waitFor(() => expect(column('status')).toEqual(['Resolved', 'Resolved', 'Resolved']));
    expect(screen.getByTestId('inbox-selected').textContent).toBe('0 selected');
  });

  it('a selection hidden by a new filter is not acted on', async () => {
    const sent = recordMessages();
    const db = await showInbox('inbox-7');
    startTracker({ db, now: () => NOW });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all 7 shown conversations' }));
    choose('Platform', 'Etsy');
    await waitFor(() => expect(buyers()).toEqual(['Søren Lindqvist', 'José García']));
    expect(screen.getByTestId('inbox-selected').textContent).toBe('2 selected');
    fireEvent.click(screen.getByRole('button', { name: 'Mark resolved' }));
    await screen.findByText('2 updated, 0 skipped (the action does not apply to them).');
    expect(sent.find((message) => message.type === 'bulkUpdate')!.data).toEqual({ ids: ['etsy:DE:G', 'etsy:US:C'], action: { status: 'resolved' } });
    expect((await db.conversations.get('amazon:US:A'))!.status).toBe('awaiting');
  });

  it('"no response needed" is offered only when an awaiting Amazon row is selected; the others are skipped', async () => {
    const sent = recordMessages();
    const db = await showInbox('inbox-8');
    startTracker({ db, now: () => NOW });
    const noResponse = () => screen.getByRole('button', { name: 'Mark no response needed' }) as HTMLButtonElement;
    expect(noResponse().disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select the conversation with Noah Castillo' }));
    expect(noResponse().disabled).toBe(true); // eBay has no "no response needed"
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select the conversation with Zoë Müller' }));
    expect(noResponse().disabled).toBe(false);

    fireEvent.click(noResponse());
    await screen.findByText('1 updated, 1 skipped (the action does not apply to them).');
    expect(sent.find((message) => message.type === 'bulkUpdate')!.data).toEqual({
      ids: ['amazon:US:A', 'ebay:UK:B'],
      action: { status: 'no-response-needed' },
    });
    await waitFor(() => expect(column('status')[column('buyer').indexOf('Zoë Müller')]).toBe('No response needed'));
    expect((await db.conversations.get('ebay:UK:B'))!.status).toBe('awaiting');
  });

  it('changes the category of the selection (shift-click selects a range)', async () => {
    const db = await showInbox('inbox-9');
    startTracker({ db, now: () => NOW });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select the conversation with Søren Lindqvist' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select the conversation with Kenji Tanaka' }), { shiftKey: true });
    expect(screen.getByTestId('inbox-selected').textContent).toBe('3 selected'); // Søren, Noah, Kenji
    fireEvent.change(screen.getByLabelText('New category'), { target: { value: 'dispute' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change category' }));
    await screen.findByText('3 updated, 0 skipped (the action does not apply to them).');
    const changed = await db.conversations.bulkGet(['etsy:DE:G', 'ebay:UK:B', 'amazon:UK:F']);
    expect(changed.map((c) => [c!.category, c!.categoryByAgent, c!.priority])).toEqual([
      ['dispute', true, 'A'],
      ['dispute', true, 'A'],
      ['dispute', true, 'A'],
    ]);
    await waitFor(() => expect(column('category').filter((name) => name === 'Dispute')).toHaveLength(3));
  });

  it('a failed bulk action says so and changes nothing', async () => {
    const db = await showInbox('inbox-10');
    // No background answering: the message fails.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select the conversation with Zoë Müller' }));
    fireEvent.click(screen.getByRole('button', { name: 'Mark resolved' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Nothing was changed: /);
    expect((await db.conversations.get('amazon:US:A'))!.status).toBe('awaiting');
  });

  it('a click on a row, or on its buyer (a real button, so keyboard reachable), opens the conversation', async () => {
    const sent = recordMessages();
    fakeBrowser.runtime.onMessage.addListener(((_message: unknown, _sender: unknown, reply: (answer: unknown) => void) => {
      reply({ ok: true, value: 'focused' });
      return true;
    }) as never);
    await showInbox('inbox-11');
    fireEvent.click(rows()[1]!.querySelector('[data-column="subject"]')!);
    fireEvent.click(screen.getByRole('button', { name: 'Kenji Tanaka' }));
    // The checkbox selects; it does not open.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select the conversation with Noah Castillo' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent).toEqual([
      { type: 'openConversation', data: { id: 'amazon:US:A' } },
      { type: 'openConversation', data: { id: 'amazon:UK:F' } },
    ]);
  });

  it('reads its filters from the link it was opened with', async () => {
    history.replaceState(null, '', '#inbox?platform=amazon&status=awaiting&sort=waited&dir=desc');
    await showInbox('inbox-12');
    await waitFor(() => expect(buyers()).toEqual(['Amélie Dubois', 'Zoë Müller', 'Kenji Tanaka']));
    expect((within(screen.getByRole('group', { name: 'Platform' })).getByLabelText('Amazon') as HTMLInputElement).checked).toBe(true);
  });

  it('renders only a window of rows out of 10,000, and says how many there are', async () => {
    await showInbox('inbox-13', generateConversations(10_000, NOW));
    expect(count()).toBe('10,000 of 10,000 conversations');
    const table = screen.getByRole('table', { name: 'Tracked conversations' });
    expect(table.getAttribute('aria-rowcount')).toBe('10001');
    expect(rows().length).toBeGreaterThan(10);
    expect(rows().length).toBeLessThan(60);
    choose('Platform', 'Etsy');
    await waitFor(() => expect(count()).toMatch(/^1,\d{3} of 10,000 conversations$/));
    expect(new Set(column('platform'))).toEqual(new Set(['Etsy']));
  });

  it('says when nothing is tracked yet', async () => {
    render(<InboxView db={openDatabase('inbox-14')} initialNow={NOW} />);
    expect(await screen.findByText(/No conversation is tracked yet/)).toBeTruthy();
    expect(count()).toBe('0 of 0 conversations');
  });
});
