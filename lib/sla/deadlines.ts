// Reply deadlines for one buyer message: the platform's hard deadline (from the policy's platform rules), the
// team's first-response and resolution targets (by category), and which of the two is due first. Pure and fast:
// the background recomputes every open conversation with it whenever the policies change.
import type { Category, Platform, Priority, TimePrecision } from '../model';
import { addBusinessDays, calendarFor, marketplaceCalendarInfo } from './business-calendar';
import { DEFAULT_POLICIES, type MessageKind, type PlatformRule, type SlaPolicies } from './policies';

const HOUR_MS = 3600_000;
const NO_DAYS_OFF: readonly string[] = [];

export interface DeadlineInput {
  platform: Platform;
  marketplace: string;
  category: Category;
  kind: MessageKind;
  firstInThread: boolean;
  /** When the buyer wrote (for coarse precision, already the earliest moment: start of that day in the marketplace zone). */
  messageAt: number;
  precision: TimePrecision;
}

export interface Deadline {
  at: number;
  /** The message time was only known to the hour or day, so this is the earliest the deadline can be. */
  approximate: boolean;
}

export interface Deadlines {
  /** The hard deadline, or null where the platform has none. */
  platform: Deadline | null;
  /** First-response target. */
  teamTarget: Deadline;
  resolveBy: Deadline;
  /** Earlier of platform and teamTarget. */
  due: Deadline;
  dueIs: 'platform' | 'team';
  tier: Priority;
}

export function deadlinesFor(input: DeadlineInput, policies: SlaPolicies = DEFAULT_POLICIES): Deadlines {
  const approximate = input.precision !== 'exact';
  const target = policies.categoryTargets[input.category];
  const platformAt = platformDeadline(input, policies);
  const teamAt = input.messageAt + target.firstResponseHours * HOUR_MS;
  const teamTarget = { at: teamAt, approximate };
  const platform = platformAt === null ? null : { at: platformAt, approximate };
  // A tie goes to the platform: its deadline is the one that costs account health.
  const dueIs = platform !== null && platform.at <= teamAt ? 'platform' : 'team';
  return {
    platform,
    teamTarget,
    resolveBy: { at: input.messageAt + target.resolutionHours * HOUR_MS, approximate },
    due: dueIs === 'platform' && platform ? { ...platform } : { ...teamTarget },
    dueIs,
    tier: target.tier,
  };
}

/** The earliest deadline among the platform rules that cover this message, or null when none does. */
function platformDeadline(input: DeadlineInput, policies: SlaPolicies): number | null {
  let earliest: number | null = null;
  for (const rule of policies.platformRules) {
    if (!covers(rule, input)) continue;
    const at = ruleDeadline(rule, input, policies);
    if (earliest === null || at < earliest) earliest = at;
  }
  return earliest;
}

function covers(rule: PlatformRule, input: DeadlineInput): boolean {
  return (
    rule.platform === input.platform &&
    rule.kinds.includes(input.kind) &&
    (!rule.firstInThreadOnly || input.firstInThread)
  );
}

function ruleDeadline(rule: PlatformRule, input: DeadlineInput, policies: SlaPolicies): number {
  const { window } = rule;
  if (window.kind === 'elapsed') return input.messageAt + window.hours * HOUR_MS;
  const info = marketplaceCalendarInfo(input.platform, input.marketplace);
  // Unknown marketplace: no calendar to count on, so count calendar days of 24 elapsed hours, which is never
  // later than the business-day deadline on any calendar.
  if (info === null) return input.messageAt + window.days * 24 * HOUR_MS;
  const calendar = calendarFor(info.country, info.zone, policies.customDaysOff[info.country] ?? NO_DAYS_OFF);
  return addBusinessDays(input.messageAt, window.days, calendar);
}
