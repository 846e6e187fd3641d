// The coverage chart's cells: the default shifts leave 07:00–09:00 Beijing open every day, busy marketplaces
// turn a gap into a busy gap, a clock change in the marketplace's zone moves its busy cells, and a shift that
// starts on the half hour leaves half of its first hour open.
import { describe, expect, it } from 'vitest';
import { MARKETPLACE_BUSY_HOURS } from '@/lib/shifts/coverage';
import { coverageGrid } from '@/lib/shifts/coverage-grid';
import { DEFAULT_SHIFTS, type Shift } from '@/lib/shifts/schedule';

const ZONE = 'Asia/Shanghai';
const NOV_WEEK = Date.UTC(2026, 10, 25, 4); // Wednesday 25 November 2026, 12:00 in Beijing
const US = MARKETPLACE_BUSY_HOURS.filter((m) => m.marketplace === 'US');
const UK = MARKETPLACE_BUSY_HOURS.filter((m) => m.marketplace === 'UK');

function states(grid: ReturnType<typeof coverageGrid>, hour: number): string[] {
  return grid.cells.map((day) => day[hour]!.state);
}

describe('coverageGrid', () => {
  it('marks 07:00–09:00 Beijing as a gap on every day of the default schedule, and the rest covered', () => {
    const grid = coverageGrid(DEFAULT_SHIFTS, ZONE, NOV_WEEK, undefined, UK);
    expect(grid.dates).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    for (const day of grid.cells) {
      const open = day.filter((cell) => cell.state !== 'covered').map((cell) => cell.hour);
      expect(open).toEqual([7, 8]);
      expect(day[7]!.uncoveredMinutes).toBe(60);
      expect(day[7]!.onDuty).toBe(0);
    }
    // 23:00–02:00 has the evening and the night shift both on.
    expect(grid.cells[0]![23]!.onDuty).toBe(2);
    // London is busy 17:00–02:00 Beijing in winter, none of it in the gap: a quiet gap.
    expect(states(grid, 7)).toEqual(Array(7).fill('gap'));
    expect(grid.busyUncoveredHours).toEqual({ UK: 0 });
  });

  it('marks the gap hours a marketplace is busy in as busy gaps, naming the marketplaces', () => {
    const grid = coverageGrid(DEFAULT_SHIFTS, ZONE, NOV_WEEK);
    const monday = grid.cells[0]!;
    // US Eastern daytime (07:00–19:00 EST) is 20:00–08:00 Beijing; Tokyo's 09:00 is 08:00 Beijing; Sydney
    // (AEDT in November) is busy 06:00–14:00 Beijing.
    expect(monday[7]!.state).toBe('busy-gap');
    expect(monday[7]!.busyUncovered.sort()).toEqual(['AU', 'US']);
    expect(monday[8]!.busyUncovered.sort()).toEqual(['AU', 'JP']);
    expect(monday[21]!.busy).toContain('US');
    expect(monday[21]!.busyUncovered).toEqual([]);
    expect(grid.busyUncoveredHours.US).toBeCloseTo(7);
    expect(grid.busyUncoveredHours.JP).toBeCloseTo(7);
    expect(grid.busyUncoveredHours.AU).toBeCloseTo(14);
  });

  it('follows the US clock change: the 07:00 Beijing gap is busy until New York springs forward, quiet after', () => {
    const before = coverageGrid(DEFAULT_SHIFTS, ZONE, Date.UTC(2026, 2, 4), undefined, US); // week of Mon 2 March
    const after = coverageGrid(DEFAULT_SHIFTS, ZONE, Date.UTC(2026, 2, 11), undefined, US); // week of Mon 9 March
    expect(states(before, 7)).toEqual(Array(7).fill('busy-gap'));
    expect(states(after, 7)).toEqual(Array(7).fill('gap'));
    // On Sunday 8 March New York is on EDT by 07:00, so its busy day starts at 19:00 Beijing, not 20:00.
    expect(before.cells[6]![19]!.busy).toEqual(['US']);
    expect(before.cells[5]![19]!.busy).toEqual([]);
  });

  it('leaves the first half of a shift that starts on the half hour uncovered', () => {
    const shifts: Shift[] = [{ id: 'late', name: 'Late', start: '09:30', end: '17:00', days: [1, 2, 3, 4, 5], zone: ZONE, agents: [] }];
    const grid = coverageGrid(shifts, ZONE, NOV_WEEK, undefined, []);
    expect(grid.cells[0]![9]).toMatchObject({ onDuty: 0, uncoveredMinutes: 30, state: 'gap' });
    expect(grid.cells[0]![10]).toMatchObject({ onDuty: 1, uncoveredMinutes: 0, state: 'covered' });
    // No shift at weekends: every hour of Saturday is open.
    expect(grid.cells[5]!.every((cell) => cell.state === 'gap')).toBe(true);
  });

  it('keeps a team day off open in the chart', () => {
    const grid = coverageGrid(DEFAULT_SHIFTS, ZONE, NOV_WEEK, (date) => date === '2026-11-25', []);
    // The day shift of Wednesday does not run; the night shift from Tuesday still covers until 07:00.
    expect(grid.cells[2]![3]!.state).toBe('covered');
    expect(grid.cells[2]![12]!.state).toBe('gap');
    // Wednesday's night shift would have run into Thursday 07:00: Thursday 01:00–07:00 is open too (the
    // evening shift of Wednesday does not run either).
    expect(grid.cells[3]![3]!.state).toBe('gap');
  });
});
