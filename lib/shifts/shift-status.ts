// What the popup says about the team's shifts at one moment: who is on duty and for how long still, the next
// shift to start, whether nobody is on duty (and when someone will be), and which marketplaces are in their busy
// hours right now. Pure: the caller passes the schedule, the team's days off and `now`.
import { MARKETPLACE_BUSY_HOURS, busySpans, type MarketplaceBusyHours } from './coverage';
import { DAY, LOOKAHEAD_DAYS, dutyStatus, shiftOccurrences, type IsDayOff, type Shift } from './schedule';

export interface ShiftOnDuty {
  shift: Shift;
  startedAt: number;
  endsAt: number;
  /** endsAt - now. */
  remainingMs: number;
}

export interface NextShift {
  shift: Shift;
  startsAt: number;
  /** startsAt - now. */
  inMs: number;
}

export interface BusyMarketplace {
  marketplace: string;
  /** When its busy hours end (today's stretch). */
  until: number;
  /** Nobody is on duty while it is busy: buyers there are writing into an empty office. */
  uncovered: boolean;
}

export interface ShiftStatus {
  /** Every shift on duty now, the one ending first first. */
  onDuty: ShiftOnDuty[];
  /** When the current unbroken coverage (overlapping or back-to-back shifts) ends; null if nobody is on duty or
   *  coverage runs past the look-ahead. */
  coverageEndsAt: number | null;
  /** The next shift to start after now (another one may already be on duty); null if none within the look-ahead. */
  next: NextShift | null;
  nobodyOnDuty: boolean;
  /** The shift schedule is empty: the popup points to the dashboard instead of saying "nobody on duty" forever. */
  noSchedule: boolean;
  /** Marketplaces inside their busy hours now, in the order given. */
  busy: BusyMarketplace[];
}

export interface ShiftStatusInput {
  shifts: readonly Shift[];
  now: number;
  isDayOff?: IsDayOff;
  busyHours?: readonly MarketplaceBusyHours[];
}

export function shiftStatus({ shifts, now, isDayOff, busyHours = MARKETPLACE_BUSY_HOURS }: ShiftStatusInput): ShiftStatus {
  const duty = dutyStatus(shifts, now, isDayOff);
  const onDuty = duty.onDuty
    .map((run) => ({ shift: run.shift, startedAt: run.startedAt, endsAt: run.endsAt, remainingMs: run.endsAt - now }))
    .sort((a, b) => a.endsAt - b.endsAt || a.shift.name.localeCompare(b.shift.name));
  const upcoming = shiftOccurrences(shifts, now + 1, now + LOOKAHEAD_DAYS * DAY, isDayOff).find((run) => run.startedAt > now);
  const next = upcoming ? { shift: upcoming.shift, startsAt: upcoming.startedAt, inMs: upcoming.startedAt - now } : null;
  const nobodyOnDuty = onDuty.length === 0;
  const busy = busyHours.flatMap((hours): BusyMarketplace[] => {
    // A stretch that contains now: it starts at or before now (clipped to `now`) and runs on past it.
    const stretch = busySpans(hours, now, now + DAY)[0];
    if (!stretch || stretch.start > now) return [];
    return [{ marketplace: hours.marketplace, until: stretch.end, uncovered: nobodyOnDuty }];
  });
  return { onDuty, coverageEndsAt: duty.endsAt, next, nobodyOnDuty, noSchedule: shifts.length === 0, busy };
}
