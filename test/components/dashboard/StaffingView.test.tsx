// The Staffing section as a lead uses it: from four weeks of logged volume, a one-day promotion at ×3 shows
// the agents Erlang C asks for each hour next to the roster, the short hour marked in words, the inputs and the
// textbook check on view; and the review compares a busy Monday with the week before it.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StaffingView } from '@/components/dashboard/StaffingView';
import { openDatabase } from '@/lib/db';
import type { ConversationEvent } from '@/lib/model';
import { saveSetting } from '@/lib/settings/team-settings';
import type { Shift } from '@/lib/shifts/schedule';

afterEach(cleanup);

const ZONE = 'Asia/Shanghai';
const HOUR = 3_600_000;
const sh = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00+08:00`);
const NOW = sh('2026-03-16 00:00'); // a Monday
const SHIFTS: Shift[] = [
  { id: 'day', name: 'Day', start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5], zone: ZONE, agents: ['Lin'] },
  { id: 'night', name: 'Night', start: '00:00', end: '08:00', days: [1, 2, 3, 4, 5, 6, 7], zone: ZONE, agents: ['Zhao'] },
];

/** Four weeks before NOW: two buyers every Monday in the 10:00 hour, one every night at 03:10; each answered in an hour. */
function history(): ConversationEvent[] {
  const events: ConversationEvent[] = [];
  const add = (id: string, at: number) =>
    events.push(
      { conversationId: id, platform: 'amazon', marketplace: 'US', type: 'received', at, approx: false, category: 'shipping' },
      { conversationId: id, platform: 'amazon', marketplace: 'US', type: 'replied', at: at + HOUR, approx: false, category: 'shipping' },
    );
  for (let day = 0; day < 28; day++) {
    const date = new Date(Date.UTC(2026, 1, 16 + day)).toISOString().slice(0, 10);
    add(`n${day}`, sh(`${date} 03:10`));
    if (day % 7 === 0) {
      add(`a${day}`, sh(`${date} 10:05`));
      add(`b${day}`, sh(`${date} 10:40`));
    }
  }
  return events.sort((a, b) => a.at - b.at);
}

async function seeded(name: string) {
  const db = openDatabase(name);
  await saveSetting(db, 'shifts', SHIFTS);
  await saveSetting(db, 'teamHolidays', { country: '', customDaysOff: [] });
  await db.events.bulkAdd(history());
  return db;
}

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('StaffingView', () => {
  it('plans a promotion hour by hour and marks the hours the roster leaves short', async () => {
    const db = await seeded('staffing-view-plan');
    render(<StaffingView db={db} initialNow={NOW} />);
    await screen.findByRole('heading', { name: 'Promotion staffing planner' });
    expect((screen.getByLabelText('First day') as HTMLInputElement).value).toBe('2026-11-27'); // Black Friday by default
    fill('First day', '2026-03-23');
    fill('Last day', '2026-03-23');
    fill('Volume multiplier', '3');
    fill('Average handling time (minutes)', '10');
    fill('Goal: % answered', '90');
    fill('…within (minutes)', '120');
    fill('History (weeks)', '4');
    const table = await screen.findByRole('table', { name: 'Staffing by hour' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(24);
    const cells = (hour: number) => [...rows[hour]!.querySelectorAll('td')].map((cell) => cell.textContent);
    // 10:00 on a Monday: usually 2 an hour, ×3 = 6; 6 × 600 s = 1 erlang; two agents needed, one rostered.
    expect(cells(10)).toEqual(['2', '6', '1', '2', '100%', '1', 'Short by 1']);
    expect(rows[10]!.className).toContain('staffing__row--short');
    // 03:00: usually 1, ×3 = 3: half an erlang, one agent reaches 99.9% within 2 hours; the night shift has one.
    expect(cells(3)).toEqual(['1', '3', '0.5', '1', '99.9%', '1', 'Covered']);
    expect(screen.getByTestId('staffing-summary').textContent).toBe('1 of 24 hours need more people; the busiest hour needs 2 agents.');
    const inputs = screen.getByTestId('staffing-inputs').textContent!;
    expect(inputs).toContain('36 new buyer messages');
    expect(inputs).toContain('90% answered within 2h 0m');
    expect(screen.getByTestId('erlang-check').textContent).toContain('needs 14 agents (88.8%); 13 agents reach only 79.6%');
  });

  it('names a bad input instead of planning with it', async () => {
    const db = await seeded('staffing-view-bad');
    render(<StaffingView db={db} initialNow={NOW} />);
    await screen.findByRole('heading', { name: 'Promotion staffing planner' });
    fill('Volume multiplier', '0');
    expect(screen.getByRole('alert').textContent).toBe('The multiplier must be a number from 0.1 to 50.');
    expect(screen.queryByRole('table', { name: 'Staffing by hour' })).toBeNull();
  });

  it('reviews a promotion day against its baseline', async () => {
    const db = await seeded('staffing-view-review');
    render(<StaffingView db={db} initialNow={NOW} />);
    await screen.findByRole('heading', { name: 'Post-promotion review' });
    fill('Promotion from', '2026-03-09');
    fill('Promotion to', '2026-03-09');
    fill('Baseline from', '2026-03-03');
    fill('Baseline to', '2026-03-08');
    await screen.findByText('Observed multiplier (messages per day, promotion over baseline): ×3');
    const rows = within(screen.getByRole('table', { name: 'Post-promotion review' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))).toEqual([
      ['New buyer messages', '3', '6', '-50%'],
      ['Per day', '3', '1', '+200%'],
      ['Median', '1h 0m', '1h 0m', '0%'],
      ['90th percentile', '1h 0m', '1h 0m', '0%'],
      ['Late (over 24 h)', '0%', '0%', '—'],
      ['Resolution rate', '0%', '0%', '—'],
    ]);
  });
});
