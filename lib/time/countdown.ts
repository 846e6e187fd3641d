// Splits the time to (or past) a deadline into the two units worth showing, so the UI can word it in the
// agent's language: days+hours beyond a day, hours+minutes beyond an hour, minutes+seconds under one.
export type CountdownUnits = 'days-hours' | 'hours-minutes' | 'minutes-seconds';

export interface Countdown {
  overdue: boolean;
  units: CountdownUnits;
  /** The two numbers for `units`, largest first. */
  values: [number, number];
}

export function countdown(dueAt: number, now: number): Countdown {
  const overdue = dueAt <= now;
  const totalSeconds = Math.floor(Math.abs(dueAt - now) / 1000);
  const days = Math.floor(totalSeconds / 86400);
  const hours = Math.floor((totalSeconds % 86400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (days > 0) return { overdue, units: 'days-hours', values: [days, hours] };
  if (hours > 0) return { overdue, units: 'hours-minutes', values: [hours, minutes] };
  return { overdue, units: 'minutes-seconds', values: [minutes, seconds] };
}
