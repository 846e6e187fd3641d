// Which shift a reply belongs to. The rule: a response is credited to every shift on duty at the moment it was
// sent (the reply time, not the buyer's), so during an overlap (evening and night, 23:00–02:00 by default) it
// counts for both, and a reply sent while no shift is on duty counts as "off shift". Runs of the schedule are
// computed once for the whole period, then each lookup is a binary search.
import { shiftOccurrences, type IsDayOff, type OnDuty, type Shift } from '../shifts/schedule';
import type { Period } from './period';

/** The key analytics uses for replies sent outside every shift. */
export const OFF_SHIFT = '';

/** The longest a run can last (24 wall hours, plus one at a clock change): how far back a lookup must look. */
const LONGEST_RUN_MS = 25 * 3_600_000;

export type ShiftsAt = (at: number) => Shift[];

export function shiftsOnDutyDuring(shifts: readonly Shift[], period: Period, isDayOff?: IsDayOff): ShiftsAt {
  const runs: OnDuty[] = shifts.length === 0 ? [] : shiftOccurrences(shifts, period.from, period.to, isDayOff);
  const starts = runs.map((run) => run.startedAt);
  return (at) => {
    // The last run starting at or before `at`, then back over the runs that may still be going.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! <= at) low = middle + 1;
      else high = middle;
    }
    const found: Shift[] = [];
    for (let i = low - 1; i >= 0 && starts[i]! > at - LONGEST_RUN_MS; i--) {
      const run = runs[i]!;
      if (at < run.endsAt && !found.includes(run.shift)) found.push(run.shift);
    }
    return found;
  };
}
