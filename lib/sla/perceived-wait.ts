// How long a wait felt to the buyer, as opposed to how the business-day rule scored it: buyers count calendar
// time on their own clock, weekends included, so a reply can be "within 3 business days" and still feel slow.
import { DateTime } from 'luxon';

const HOUR = 60 * 60 * 1000;

/** Buyers feel a day as 24 hours whatever the rule says; past that, a reply feels slow. */
export const FELT_SLOW_AFTER_HOURS = 24;

export interface PerceivedWait {
  /** Elapsed (real) hours from the message to the answer, or to now while unanswered. */
  elapsedHours: number;
  /** How many of those hours fell on Saturday or Sunday in the buyer's zone. */
  weekendHours: number;
  /** Calendar days from the message's date to the answer's date on the buyer's clock (same day = 0, Friday to Monday = 3). */
  calendarDaysLate: number;
  feltSlow: boolean;
}

export function perceivedWait(messageAt: number, answeredAt: number, buyerZone: string, withinRule: boolean): PerceivedWait {
  const end = Math.max(messageAt, answeredAt);
  const wrote = DateTime.fromMillis(messageAt, { zone: buyerZone });
  const answered = DateTime.fromMillis(end, { zone: buyerZone });
  let weekendMs = 0;
  // Walk the buyer's calendar days (a day is 23 or 25 hours at a clock change; startOf('day') follows that).
  for (let day = wrote.startOf('day'); day.toMillis() < end; day = day.plus({ days: 1 })) {
    if (day.weekday < 6) continue;
    const overlap = Math.min(end, day.plus({ days: 1 }).toMillis()) - Math.max(messageAt, day.toMillis());
    if (overlap > 0) weekendMs += overlap;
  }
  const elapsedHours = (end - messageAt) / HOUR;
  return {
    elapsedHours,
    weekendHours: weekendMs / HOUR,
    calendarDaysLate: Math.round(answered.startOf('day').diff(wrote.startOf('day'), 'days').days),
    // The rule: a wait felt slow when it broke the rule, or when it lasted more than 24 elapsed hours even
    // though the rule (business days, weekends not counted) was met.
    feltSlow: !withinRule || elapsedHours > FELT_SLOW_AFTER_HOURS,
  };
}
