// Everything the Analytics section shows for one period, computed in one pass over the loaded log: response
// times, late-response rates, resolution, the volume heatmap with its shift overlay, and category trends.
import type { Conversation, ConversationEvent } from '../model';
import type { IsDayOff, Shift } from '../shifts/schedule';
import { categoryTrends, type CategoryTrends } from './category-trends';
import { firstResponse, type FirstResponseReport } from './first-response';
import { AMAZON_WINDOWS, lateResponseRate, starSellerShare, type LateRate, type StarSellerShare } from './late-response';
import { DAY_MS, type Period } from './period';
import { resolution, type ResolutionReport } from './resolution';
import { shiftsOnDutyDuring } from './shift-attribution';
import { shiftOverlay, volumeHeatmap, type VolumeHeatmap } from './volume-heatmap';
import { timelinesOf, waitsOf } from './waits';
import { zoneClock } from './zone-clock';

export interface AnalyticsInputs {
  /** The log from at least loadFrom(period, now) up to now, in time order. */
  events: readonly ConversationEvent[];
  conversations: readonly Pick<Conversation, 'id' | 'category'>[];
  period: Period;
  now: number;
  teamZone: string;
  shifts: readonly Shift[];
  isDayOff?: IsDayOff;
}

export interface AnalyticsReport {
  period: Period;
  firstResponse: FirstResponseReport;
  /** Amazon's windows (7, 30, 90 days up to now), for Amazon alone and for every platform. */
  late: { days: number; amazon: LateRate; all: LateRate }[];
  starSeller: StarSellerShare;
  resolution: ResolutionReport;
  heatmap: VolumeHeatmap;
  /** overlay[weekday − 1][hour]: shifts covering that hour in a regular week. */
  overlay: number[][];
  categories: CategoryTrends;
}

/**
 * Where the log must start for a report: the period, the previous period (category change), Amazon's 90 days
 * and Etsy's 3 months, and a month more so a thread's earlier wait is seen before its "first" one.
 */
export function loadFrom(period: Period, now: number): number {
  return Math.min(period.from - (period.to - period.from), now - 93 * DAY_MS) - 30 * DAY_MS;
}

export function analyticsReport(inputs: AnalyticsInputs): AnalyticsReport {
  const { period, now, teamZone, shifts } = inputs;
  const clock = zoneClock(teamZone);
  const timelines = timelinesOf(inputs.events);
  const waits = waitsOf(timelines, new Map(inputs.conversations.map((c) => [c.id, c])));
  // Replies can come after the period ends: shift runs are needed up to now.
  const shiftsAt = shiftsOnDutyDuring(shifts, { from: period.from, to: Math.max(period.to, now) + DAY_MS }, inputs.isDayOff);
  return {
    period,
    firstResponse: firstResponse(waits, period, shiftsAt, clock),
    late: AMAZON_WINDOWS.map((days) => ({ days, amazon: lateResponseRate(waits, now, days, ['amazon']), all: lateResponseRate(waits, now, days) })),
    starSeller: starSellerShare(waits, now),
    resolution: resolution(timelines, period, now),
    heatmap: volumeHeatmap(waits, period, clock),
    overlay: shiftOverlay(shifts, teamZone, now),
    categories: categoryTrends(waits, period, clock),
  };
}
