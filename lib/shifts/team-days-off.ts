// The team's days off: its country's public holidays (China's by default) plus its own custom days, as the
// IsDayOff predicate shift arithmetic takes and as a dated list for the settings page's "upcoming" view.
import type { TeamHolidaySettings } from '../settings/team-settings';
import { calendarFor } from '../sla/business-calendar';
import type { TeamHoliday } from './coverage';
import { DAY, isoDateIn, type IsDayOff } from './schedule';

const CUSTOM_NAME = 'Day off';

/** The holidays and custom days off in [from, to], dated in the team's zone, oldest first. */
export function teamDaysOff(holidays: TeamHolidaySettings, teamZone: string, from: number, to: number): TeamHoliday[] {
  if (holidays.country === '') {
    // No country: only the team's own days (date-holidays is not asked about a country it cannot know).
    const first = isoDateIn(from, teamZone);
    const last = isoDateIn(to, teamZone);
    return holidays.customDaysOff.filter((date) => date >= first && date <= last).map((date) => ({ date, name: CUSTOM_NAME }));
  }
  return calendarFor(holidays.country, teamZone, holidays.customDaysOff).holidaysBetween(from, to);
}

/**
 * An IsDayOff for shift arithmetic around `now`: the days off from a week before to `aheadDays` after (shift
 * look-ahead is two weeks; a wider window costs nothing but a few holiday lookups).
 */
export function teamDayOffPredicate(holidays: TeamHolidaySettings, teamZone: string, now: number, aheadDays = 60): IsDayOff {
  const dates = new Set(teamDaysOff(holidays, teamZone, now - 7 * DAY, now + aheadDays * DAY).map((day) => day.date));
  return (isoDate) => dates.has(isoDate);
}
