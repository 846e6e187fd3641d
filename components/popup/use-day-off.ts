// The team's days off as a predicate for shift arithmetic, loaded after first paint: the holiday tables
// (date-holidays, over a megabyte) are a separate chunk, so the popup's list shows before they are parsed.
// Undefined until loaded; the shift lines wait for it rather than show a holiday as a working day.
import { useEffect, useState } from 'react';
import type { TeamHolidaySettings } from '../../lib/settings/team-settings';
import type { IsDayOff } from '../../lib/shifts/schedule';

export function useDayOffPredicate(holidays: TeamHolidaySettings | undefined, teamZone: string | undefined, dayStart: number): IsDayOff | undefined {
  const [predicate, setPredicate] = useState<{ isDayOff: IsDayOff } | undefined>(undefined);
  useEffect(() => {
    if (!holidays || teamZone === undefined) return;
    let live = true;
    import('../../lib/shifts/team-days-off')
      .then(({ teamDayOffPredicate }) => teamDayOffPredicate(holidays, teamZone, dayStart))
      // A holiday calendar that cannot be had (a country date-holidays does not know): shifts shown as scheduled
      // beat no shift lines at all.
      .catch((): IsDayOff => () => false)
      .then((isDayOff) => {
        if (live) setPredicate({ isDayOff });
      });
    return () => {
      live = false;
    };
  }, [holidays, teamZone, dayStart]);
  return predicate?.isDayOff;
}
