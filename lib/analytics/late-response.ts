// Late-response rates the way the marketplaces compute them: Amazon's Contact Response Time (late responses
// over 7, 30 and 90 days) and Etsy's Star Seller messaging criterion (first messages answered within 24 hours
// over the last 3 months, target 95%).
import { DateTime } from 'luxon';
import type { Platform } from '../model';
import { DAY_MS, HOUR_MS } from './period';
import { isAnswered, type Wait } from './waits';

export const RESPONSE_WINDOW_MS = 24 * HOUR_MS;
/** Amazon's windows, in days. */
export const AMAZON_WINDOWS = [7, 30, 90] as const;
/** Amazon asks for under 10% late responses. */
export const AMAZON_LATE_TARGET = 0.1;
export const ETSY_STAR_SELLER_TARGET = 0.95;

export type LateVerdict = 'on-time' | 'late' | 'pending' | 'excluded';

/**
 * One wait's verdict against the 24-hour rule at `now`: answered within 24 elapsed hours (weekends and holidays
 * included; exactly 24 h is on time) is on time; answered later, or still unanswered after 24 h, is late;
 * unanswered and younger than 24 h is pending (no verdict yet); "no response needed" is excluded.
 */
export function lateVerdict(wait: Wait, now: number): LateVerdict {
  if (wait.endedBy === 'no-response-needed') return 'excluded';
  if (isAnswered(wait)) return wait.endedAt! - wait.receivedAt > RESPONSE_WINDOW_MS ? 'late' : 'on-time';
  return now - wait.receivedAt > RESPONSE_WINDOW_MS ? 'late' : 'pending';
}

export interface LateRate {
  days: number;
  /** Waits that have a verdict: answered, or unanswered for more than 24 hours. */
  counted: number;
  late: number;
  /** Unanswered and under 24 hours old: not late yet, so not counted yet. */
  pending: number;
  /** Marked "no response needed": out of the metric. */
  excluded: number;
  /** late / counted; null when nothing is counted. */
  rate: number | null;
}

/**
 * Share of buyer messages NOT answered within 24 hours, over the waits received in the last `days` days:
 * one wait = one message needing a response (a run of buyer messages before an answer is one wait), judged by
 * lateVerdict; pending waits are not counted yet and "no response needed" ones never are.
 * `platforms` limits it (Amazon's own figure uses ['amazon']); empty means every platform.
 */
export function lateResponseRate(waits: readonly Wait[], now: number, days: number, platforms: readonly Platform[] = []): LateRate {
  const since = now - days * DAY_MS;
  let counted = 0;
  let late = 0;
  let pending = 0;
  let excluded = 0;
  for (const wait of waits) {
    if (wait.receivedAt < since || wait.receivedAt >= now) continue;
    if (platforms.length > 0 && !platforms.includes(wait.platform)) continue;
    const verdict = lateVerdict(wait, now);
    if (verdict === 'excluded') excluded++;
    else if (verdict === 'pending') pending++;
    else {
      counted++;
      if (verdict === 'late') late++;
    }
  }
  return { days, counted, late, pending, excluded, rate: counted > 0 ? late / counted : null };
}

export interface StarSellerShare {
  /** The window start: three calendar months before now. */
  since: number;
  /** First messages with a verdict (answered, or unanswered for more than 24 hours). */
  counted: number;
  onTime: number;
  pending: number;
  share: number | null;
  target: number;
  met: boolean | null;
}

/**
 * Etsy's Star Seller messaging criterion: of the FIRST messages of Etsy threads received in the last three
 * calendar months, the share answered within 24 hours (target 95%). "First message" is the conversation's first
 * wait in the log (a thread that began before the extension saw it counts from its first seen wait). Pending and
 * excluded waits are treated as in lateResponseRate.
 */
export function starSellerShare(waits: readonly Wait[], now: number): StarSellerShare {
  const since = DateTime.fromMillis(now, { zone: 'utc' }).minus({ months: 3 }).toMillis();
  let counted = 0;
  let onTime = 0;
  let pending = 0;
  for (const wait of waits) {
    if (wait.platform !== 'etsy' || !wait.firstOfConversation) continue;
    if (wait.receivedAt < since || wait.receivedAt >= now) continue;
    const verdict = lateVerdict(wait, now);
    if (verdict === 'pending') pending++;
    else if (verdict !== 'excluded') {
      counted++;
      if (verdict === 'on-time') onTime++;
    }
  }
  const share = counted > 0 ? onTime / counted : null;
  return { since, counted, onTime, pending, share, target: ETSY_STAR_SELLER_TARGET, met: share === null ? null : share >= ETSY_STAR_SELLER_TARGET };
}
