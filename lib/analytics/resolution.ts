// Resolution rate and first-contact resolution over a period, against the common customer-service benchmarks
// (first response under 2 hours, 85% resolution, 75% first-contact resolution).
import { PLATFORMS, type Platform } from '../model';
import { HOUR_MS, type Period } from './period';
import type { Timelines } from './waits';

export const BENCHMARKS = {
  /** The median first response should be under this. */
  firstResponseMs: 2 * HOUR_MS,
  resolutionRate: 0.85,
  firstContactResolutionRate: 0.75,
} as const;

export interface ResolutionFigures {
  /** Conversations whose buyer wrote in the period (a 'received' in it), less those closed "no response needed". */
  conversations: number;
  resolved: number;
  /** Resolved after exactly one reply and no further buyer message. */
  firstContact: number;
  /** Closed as "no response needed": nothing to resolve, left out of both rates. */
  excluded: number;
  resolutionRate: number | null;
  firstContactRate: number | null;
}

export interface ResolutionReport extends ResolutionFigures {
  byPlatform: (ResolutionFigures & { platform: Platform })[];
}

/**
 * The cohort is every conversation with a 'received' in the period; what happened to it is read from its first
 * 'received' in the period up to now (a resolution after the period still counts for that period's buyers).
 * - Resolved: its latest 'received' / 'resolved' / 'no-response-needed' event is 'resolved' (a buyer writing
 *   again after a resolution reopens it). Latest is 'no-response-needed': excluded.
 * - First-contact resolution: resolved, with exactly one 'received' (the buyer never wrote again) and exactly one
 *   reply: a 'replied' event, or the 'resolved' that closed the running wait (see waits.ts).
 */
export function resolution(timelines: Timelines, period: Period, now: number): ResolutionReport {
  const figures = new Map<Platform, ResolutionFigures>(PLATFORMS.map((platform) => [platform, emptyFigures()]));
  const total = emptyFigures();
  for (const timeline of timelines.values()) {
    const start = timeline.findIndex((event) => event.type === 'received' && event.at >= period.from && event.at < period.to);
    if (start < 0) continue;
    let received = 0;
    let replies = 0;
    let waiting = false;
    let latest: string = 'received';
    for (let i = start; i < timeline.length; i++) {
      const event = timeline[i]!;
      if (event.at > now) break;
      if (event.type === 'received') {
        received++;
        waiting = true;
      } else if (event.type === 'replied' || event.type === 'resolved') {
        if (waiting) replies++;
        waiting = false;
      } else {
        waiting = false;
      }
      if (event.type !== 'replied') latest = event.type;
    }
    const platformFigures = figures.get(timeline[start]!.platform) ?? emptyFigures();
    for (const target of [total, platformFigures]) {
      if (latest === 'no-response-needed') {
        target.excluded++;
        continue;
      }
      target.conversations++;
      if (latest === 'resolved') {
        target.resolved++;
        if (received === 1 && replies === 1) target.firstContact++;
      }
    }
  }
  return {
    ...withRates(total),
    byPlatform: PLATFORMS.map((platform) => ({ platform, ...withRates(figures.get(platform)!) })).filter((row) => row.conversations + row.excluded > 0),
  };
}

function emptyFigures(): ResolutionFigures {
  return { conversations: 0, resolved: 0, firstContact: 0, excluded: 0, resolutionRate: null, firstContactRate: null };
}

function withRates(figures: ResolutionFigures): ResolutionFigures {
  const n = figures.conversations;
  return { ...figures, resolutionRate: n > 0 ? figures.resolved / n : null, firstContactRate: n > 0 ? figures.firstContact / n : null };
}
