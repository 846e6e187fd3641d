// The Analytics section as a lead reads it: over the last seven days of the hand-written log, the response
// table, Amazon's and Etsy's rates, resolution against benchmarks, the heatmap under the shifts and the
// categories all show the numbers worked out by hand (charts are skipped without a canvas; their tables remain).
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AnalyticsView } from '@/components/dashboard/AnalyticsView';
import { openDatabase } from '@/lib/db';
import type { Conversation } from '@/lib/model';
import { saveSetting } from '@/lib/settings/team-settings';
import { conversations, eventsLog, NOW, SHIFTS } from '../../lib/analytics/events-log';

afterEach(cleanup);

async function seeded(name: string) {
  const db = openDatabase(name);
  await saveSetting(db, 'shifts', SHIFTS);
  await db.events.bulkAdd(eventsLog().map(({ id: _id, ...event }) => event));
  await db.conversations.bulkPut(conversations().map((c) => ({ ...c, platform: 'amazon', marketplace: 'US' }) as unknown as Conversation));
  return db;
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('AnalyticsView', () => {
  it('shows the period\'s response times by platform and by shift', async () => {
    const db = await seeded('analytics-view-response');
    render(<AnalyticsView db={db} initialNow={NOW} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Last 7 days' }));
    expect((await screen.findByTestId('response-overall')).textContent).toBe('8 answered: median 1h 45m, 90th percentile 2d 4h');
    expect(rowsOf(screen.getByRole('table', { name: 'First response time by Platform' }))).toEqual([
      ['Amazon', '3', '1h 0m', '2d 1h'],
      ['eBay', '2', '1h 45m', '2h 21m'],
      ['Etsy', '3', '4h 30m', '39h 18m'],
    ]);
    fireEvent.change(screen.getByLabelText('Break down by'), { target: { value: 'byShift' } });
    expect(rowsOf(screen.getByRole('table', { name: 'First response time by Shift' }))).toEqual([
      ['Day', '6', '1h 0m', '2d 7h'],
      ['Outside every shift', '1', '4h 30m', '4h 30m'],
      ['Evening', '1', '2h 30m', '2h 30m'],
      ['Night', '1', '2h 30m', '2h 30m'],
    ]);
  });

  it('shows the late-response rates, Star Seller share and resolution against the benchmarks', async () => {
    const db = await seeded('analytics-view-rates');
    render(<AnalyticsView db={db} initialNow={NOW} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Last 7 days' }));
    const late = await screen.findByRole('table', { name: 'Late-response rates over 7, 30 and 90 days' });
    expect(rowsOf(late)).toEqual([
      ['Last 7 days', '33.3%', '1 of 3', 'Target missed', '1 / 1', '33.3%', '3 of 9'],
      ['Last 30 days', '50%', '2 of 4', 'Target missed', '1 / 1', '40%', '4 of 10'],
      ['Last 90 days', '50%', '2 of 4', 'Target missed', '1 / 1', '40%', '4 of 10'],
    ]);
    expect(rowsOf(screen.getByRole('table', { name: 'Etsy Star Seller: first messages answered within 24 hours' }))).toEqual([['3', '2', '66.7%', '95%', 'Target missed']]);
    expect(rowsOf(screen.getByRole('table', { name: 'Against common benchmarks' }))).toEqual([
      ['Median first response', '1h 45m', 'Under 2h 0m', 'Target met'],
      ['Resolution rate', '37.5%', '85%', 'Target missed'],
      ['First-contact resolution', '25%', '75%', 'Target missed'],
    ]);
  });

  it('draws the shifts over the heatmap and lists the categories with their change', async () => {
    const db = await seeded('analytics-view-volume');
    render(<AnalyticsView db={db} initialNow={NOW} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Last 7 days' }));
    const heatmap = await screen.findByRole('table', { name: 'Messages by weekday and hour' });
    const friday = within(heatmap).getAllByRole('row')[5]!; // header, Mon … Fri
    expect(friday.querySelector('th')!.textContent).toBe('Fri');
    const eightPm = friday.querySelectorAll('td')[20]!;
    expect(eightPm.textContent).toBe('1');
    expect(eightPm.className).toContain('heatmap__cell--on-duty');
    expect(friday.querySelectorAll('td')[7]!.className).not.toContain('on-duty'); // 07:00–09:00 is uncovered
    expect(rowsOf(screen.getByRole('table', { name: 'Categories this period and the period before' })).slice(0, 2)).toEqual([
      ['Shipping', '3', '27.3%', '1', '+200%'],
      ['Order change', '2', '18.2%', '0', '—'],
    ]);
  });

  it('reads the daily median chart as a table', async () => {
    const db = await seeded('analytics-view-chart');
    render(<AnalyticsView db={db} initialNow={NOW} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Last 7 days' }));
    const table = await screen.findByRole('table', { name: 'Median first response by day' });
    expect(rowsOf(table).slice(1, 5)).toEqual([
      ['2026-03-10', '1h 0m'],
      ['2026-03-11', '25h 15m'],
      ['2026-03-12', '2h 45m'],
      ['2026-03-13', '31h 15m'],
    ]);
  });

  it('refuses a reversed custom period with a message and keeps the figures it had', async () => {
    const db = await seeded('analytics-view-dates');
    render(<AnalyticsView db={db} initialNow={NOW} />);
    await screen.findByTestId('response-overall');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-03-15' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show these dates' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose two dates, the first not after the second.');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-03-13' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-13' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show these dates' }));
    // Friday 13th: H (1 h) and A (61.5 h).
    expect((await screen.findByText(/^2 answered/)).textContent).toBe('2 answered: median 31h 15m, 90th percentile 2d 7h');
  });
});
