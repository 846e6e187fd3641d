// Dates of the promotions a planner starts from: the Black Friday weekend (Friday after the US Thanksgiving,
// the fourth Thursday of November, through Cyber Monday), the next one not yet over on the team's clocks.
import { addDays, isoDateIn, isoWeekday } from '../shifts/schedule';

export interface DateRange {
  /** 'YYYY-MM-DD', inclusive. */
  first: string;
  last: string;
}

export function blackFridayWeekend(year: number): DateRange {
  const november1 = `${year}-11-01`;
  const firstThursday = addDays(november1, (4 - isoWeekday(november1) + 7) % 7);
  const friday = addDays(firstThursday, 3 * 7 + 1);
  return { first: friday, last: addDays(friday, 3) };
}

/** This year's Black Friday weekend, or next year's once this year's Cyber Monday has passed. */
export function nextBlackFridayWeekend(now: number, zone: string): DateRange {
  const today = isoDateIn(now, zone);
  const thisYear = blackFridayWeekend(Number(today.slice(0, 4)));
  return thisYear.last >= today ? thisYear : blackFridayWeekend(Number(today.slice(0, 4)) + 1);
}
