// The settings page's 7×24 coverage chart as data: for each team-zone hour of one week, how many shifts cover
// it, whether nobody is on duty for some of it (a gap), and which marketplaces are busy in it, so a busy hour
// nobody covers can be marked apart from a quiet gap. Pure: the chart component only draws these cells.
import {
  MARKETPLACE_BUSY_HOURS,
  busySpans,
  weeklyCoverage,
  type MarketplaceBusyHours,
  type TeamSpan,
} from './coverage';
import { wallTimeToMillis, type IsDayOff, type Shift, type Span } from './schedule';

/** 'covered': someone on duty the whole hour; 'gap': nobody for some of it, no marketplace busy then;
 *  'busy-gap': nobody for some of it while a marketplace is busy — the cells that cost replies. */
export type CoverageCellState = 'covered' | 'gap' | 'busy-gap';

export interface CoverageCell {
  /** Team-zone ISO date and hour (0–23) of the cell. */
  date: string;
  hour: number;
  /** Shift runs covering the whole hour (weeklyCoverage's count). */
  onDuty: number;
  /** Minutes of the hour with nobody on duty (0 when covered; a skipped spring hour has none). */
  uncoveredMinutes: number;
  /** Marketplaces whose busy hours overlap the cell. */
  busy: string[];
  /** Marketplaces busy during the uncovered part of the cell. */
  busyUncovered: string[];
  state: CoverageCellState;
}

export interface CoverageGrid {
  zone: string;
  /** Monday … Sunday of the week, team-zone ISO dates. */
  dates: string[];
  /** cells[day][hour], day 0 = Monday. */
  cells: CoverageCell[][];
  gaps: TeamSpan[];
  /** Hours in the week per marketplace that are busy and uncovered (to the minute, as hours). */
  busyUncoveredHours: Record<string, number>;
}

const MINUTE = 60_000;

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * The week (Monday–Sunday in `teamZone`) containing `weekStart`, hour by hour: shifts on duty, gaps, and the
 * marketplaces' busy hours (kept in each marketplace's own zone, so a clock change there moves its busy cells
 * on the right date).
 */
export function coverageGrid(
  shifts: readonly Shift[],
  teamZone: string,
  weekStart: number,
  isDayOff?: IsDayOff,
  busyHours: readonly MarketplaceBusyHours[] = MARKETPLACE_BUSY_HOURS,
): CoverageGrid {
  const week = weeklyCoverage(shifts, teamZone, weekStart, isDayOff);
  const busy = busyHours.map((marketplace) => ({
    marketplace: marketplace.marketplace,
    spans: busySpans(marketplace, week.weekStart, week.weekEnd),
  }));
  const busyUncoveredHours: Record<string, number> = Object.fromEntries(busyHours.map((m) => [m.marketplace, 0]));
  // The 169 hour boundaries of the week, each computed once (a slot's end is the next slot's start).
  const boundaries = Array.from({ length: 7 * 24 + 1 }, (_, index) =>
    index === 7 * 24 ? week.weekEnd : wallTimeToMillis(week.dates[Math.floor(index / 24)]!, (index % 24) * 60, teamZone),
  );
  const cells = week.dates.map((date, day) =>
    Array.from({ length: 24 }, (_, hour): CoverageCell => {
      const slot = { start: boundaries[day * 24 + hour]!, end: boundaries[day * 24 + hour + 1]! };
      const open = week.gaps.map((gap) => ({ start: Math.max(gap.start, slot.start), end: Math.min(gap.end, slot.end) })).filter((s) => s.end > s.start);
      const uncovered = open.reduce((sum, span) => sum + (span.end - span.start), 0);
      const busyHere = busy.filter((m) => m.spans.some((span) => overlap(span, slot) > 0)).map((m) => m.marketplace);
      const busyUncovered = busy
        .map((m) => ({ marketplace: m.marketplace, length: m.spans.reduce((sum, span) => sum + open.reduce((s, o) => s + overlap(span, o), 0), 0) }))
        .filter((m) => m.length > 0);
      for (const m of busyUncovered) busyUncoveredHours[m.marketplace] = (busyUncoveredHours[m.marketplace] ?? 0) + m.length / (60 * MINUTE);
      const state: CoverageCellState = uncovered === 0 ? 'covered' : busyUncovered.length > 0 ? 'busy-gap' : 'gap';
      return {
        date,
        hour,
        onDuty: week.hours[day]?.[hour] ?? 0,
        uncoveredMinutes: Math.round(uncovered / MINUTE),
        busy: busyHere,
        busyUncovered: busyUncovered.map((m) => m.marketplace),
        state,
      };
    }),
  );
  return { zone: teamZone, dates: week.dates, cells, gaps: week.gaps, busyUncoveredHours };
}

