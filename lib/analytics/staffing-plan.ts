// The promotion staffing planner: the team's real hourly volume (average per weekday × hour over recent weeks),
// scaled by the expected multiplier, turned into agents needed per hour with Erlang C and set against the agents
// the shift roster puts on duty; and the post-promotion review that compares a period with its baseline.
import { shiftOccurrences, type IsDayOff, type Shift } from '../shifts/schedule';
import { agentsNeeded, type ErlangResult, type ServiceGoal } from './erlang-c';
import { firstResponse } from './first-response';
import { lateVerdict } from './late-response';
import { contains, DAY_MS, HOUR_MS, lengthInDays, type Period } from './period';
import { resolution } from './resolution';
import type { Timelines, Wait } from './waits';
import type { ZoneClock } from './zone-clock';

export interface HourlyHistory {
  /** The hours the averages come from: whole hours, ending at the last whole hour before now. */
  window: Period;
  /** average[weekday − 1][hour]: waits started per hour on that weekday and hour, team zone. */
  average: number[][];
  /** How many such hours the window held (the divisor): 4 weeks give 4 of each, a clock change aside. */
  samples: number[][];
  total: number;
}

/**
 * The history behind the forecast: waits started over the last `weeks` weeks, per weekday × hour, divided by how
 * many of that weekday-hour the window holds. When the log is younger than the window, the window starts at the
 * log's first event, so a new install is not averaged with weeks it never saw.
 */
export function hourlyHistory(waits: readonly Wait[], now: number, weeks: number, clock: ZoneClock, logStart: number | null): HourlyHistory {
  const end = Math.floor(now / HOUR_MS) * HOUR_MS;
  const start = Math.max(end - weeks * 7 * DAY_MS, logStart === null ? end : Math.floor(logStart / HOUR_MS) * HOUR_MS);
  const counts = grid();
  const samples = grid();
  for (let at = start; at < end; at += HOUR_MS) samples[clock.weekday(at) - 1]![clock.hour(at)]!++;
  let total = 0;
  for (const wait of waits) {
    if (wait.receivedAt < start || wait.receivedAt >= end) continue;
    counts[clock.weekday(wait.receivedAt) - 1]![clock.hour(wait.receivedAt)]!++;
    total++;
  }
  const average = counts.map((row, day) => row.map((count, hour) => (samples[day]![hour]! > 0 ? count / samples[day]![hour]! : 0)));
  return { window: { from: start, to: end }, average, samples, total };
}

export interface StaffingInputs {
  promotion: Period;
  /** Expected volume over the usual (3 for "Black Friday ×3"). */
  multiplier: number;
  ahtSeconds: number;
  goal: ServiceGoal;
}

export interface StaffingHour extends ErlangResult {
  start: number;
  isoDate: string;
  weekday: number;
  hour: number;
  /** The history's average for this weekday and hour. */
  usual: number;
  /** usual × multiplier: the contacts per hour Erlang C is given. */
  forecast: number;
  /** Distinct agents named in the shifts that cover the whole hour (coverage.ts's rule). */
  roster: number;
  /** Agents still needed: max(0, agents − roster). */
  short: number;
}

export interface StaffingPlan {
  hours: StaffingHour[];
  shortHours: number;
  peakAgents: number;
  /** No shift lists any agent: the roster cannot be compared (every hour would look short). */
  rosterEmpty: boolean;
}

/** The longest promotion the planner lays out hour by hour. */
export const MAX_PROMOTION_DAYS = 31;

export function staffingPlan(
  history: HourlyHistory,
  inputs: StaffingInputs,
  shifts: readonly Shift[],
  clock: ZoneClock,
  isDayOff?: IsDayOff,
): StaffingPlan {
  const { promotion, multiplier } = inputs;
  if (!(promotion.to > promotion.from)) throw new Error('the promotion ends before it starts');
  if (lengthInDays(promotion) > MAX_PROMOTION_DAYS + 1) throw new Error(`a promotion longer than ${MAX_PROMOTION_DAYS} days`);
  if (!(multiplier > 0) || !Number.isFinite(multiplier)) throw new Error('the volume multiplier must be more than 0');
  const runs = shiftOccurrences(shifts, promotion.from, promotion.to, isDayOff);
  const hours: StaffingHour[] = [];
  for (let start = promotion.from; start < promotion.to; start += HOUR_MS) {
    const end = start + HOUR_MS;
    const weekday = clock.weekday(start);
    const hour = clock.hour(start);
    const usual = history.average[weekday - 1]![hour]!;
    const forecast = usual * multiplier;
    const needed = agentsNeeded({ contactsPerHour: forecast, ahtSeconds: inputs.ahtSeconds }, inputs.goal);
    const names = new Set(runs.filter((run) => run.startedAt <= start && run.endsAt >= end).flatMap((run) => run.shift.agents));
    hours.push({ ...needed, start, isoDate: clock.isoDate(start), weekday, hour, usual, forecast, roster: names.size, short: Math.max(0, needed.agents - names.size) });
  }
  return {
    hours,
    shortHours: hours.filter((hour) => hour.short > 0).length,
    peakAgents: Math.max(0, ...hours.map((hour) => hour.agents)),
    rosterEmpty: shifts.every((shift) => shift.agents.length === 0),
  };
}

export interface PeriodFigures {
  contacts: number;
  contactsPerDay: number;
  medianResponseMs: number | null;
  p90ResponseMs: number | null;
  /** Share of answered-or-overdue waits answered after 24 h, or still waiting past 24 h ("no response needed" out). */
  lateRate: number | null;
  resolutionRate: number | null;
}

export interface PromotionReview {
  promotion: PeriodFigures;
  baseline: PeriodFigures;
  /** Contacts per day in the promotion over the baseline's: the multiplier that really happened. */
  observedMultiplier: number | null;
}

/** A period's figures next to its baseline's, for the review after a promotion. */
export function promotionReview(waits: readonly Wait[], timelines: Timelines, promotion: Period, baseline: Period, now: number, clock: ZoneClock): PromotionReview {
  const figures = (period: Period): PeriodFigures => {
    const inPeriod = waits.filter((wait) => contains(period, wait.receivedAt));
    const response = firstResponse(inPeriod, period, () => [], clock).overall;
    const verdicts = inPeriod.map((wait) => lateVerdict(wait, now));
    const counted = verdicts.filter((verdict) => verdict === 'late' || verdict === 'on-time').length;
    const late = verdicts.filter((verdict) => verdict === 'late').length;
    const days = lengthInDays(period);
    return {
      contacts: inPeriod.length,
      contactsPerDay: days > 0 ? inPeriod.length / days : 0,
      medianResponseMs: response.median,
      p90ResponseMs: response.p90,
      lateRate: counted > 0 ? late / counted : null,
      resolutionRate: resolution(timelines, period, now).resolutionRate,
    };
  };
  const promo = figures(promotion);
  const base = figures(baseline);
  return { promotion: promo, baseline: base, observedMultiplier: base.contactsPerDay > 0 ? promo.contactsPerDay / base.contactsPerDay : null };
}

function grid(): number[][] {
  return Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
}
