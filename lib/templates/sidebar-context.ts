// The team's settings as templates need them (agent and shop name, shifts, days off), read by the background
// for the sidebar, whose frame cannot open the database. Days off are worked out here, as dates, so the
// sidebar page never carries the holiday tables.
import type { ReplyclockDb } from '../db';
import { loadSetting } from '../settings/team-settings';
import { teamDaysOff } from '../shifts/team-days-off';
import { DAY, LOOKAHEAD_DAYS } from '../shifts/schedule';
import type { TemplateContext } from './offer';

/** Days off from a week back (a night shift that started yesterday) to past the shift look-ahead. */
const DAYS_BACK = 7;
const DAYS_AHEAD = LOOKAHEAD_DAYS + 2;

export async function loadTemplateContext(db: ReplyclockDb, now: number): Promise<TemplateContext> {
  const [team, shifts, holidays] = await Promise.all([loadSetting(db, 'team'), loadSetting(db, 'shifts'), loadSetting(db, 'teamHolidays')]);
  let daysOff: string[] = [];
  try {
    daysOff = teamDaysOff(holidays, team.teamZone, now - DAYS_BACK * DAY, now + DAYS_AHEAD * DAY).map((day) => day.date);
  } catch (error) {
    // A holiday table that cannot answer must not cost the agent the templates: the shifts alone still promise.
    console.warn('[Replyclock] team days off unavailable:', error);
  }
  return { agentName: team.agentName, shopName: team.shopName, shifts, daysOff: [...new Set(daysOff)] };
}
