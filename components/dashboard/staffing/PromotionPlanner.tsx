// The promotion staffing planner: the lead picks the dates, the expected multiplier, the handling time and the
// service goal; the real hourly history becomes a forecast, Erlang C the agents per hour, set against the roster.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { ReplyclockDb } from '../../../lib/db';
import { DAY_MS } from '../../../lib/analytics/period';
import { nextBlackFridayWeekend } from '../../../lib/analytics/promotion-dates';
import { hourlyHistory, staffingPlan } from '../../../lib/analytics/staffing-plan';
import { timelinesOf, waitsOf } from '../../../lib/analytics/waits';
import { zoneClock } from '../../../lib/analytics/zone-clock';
import type { TeamSettings } from '../../../lib/settings/team-settings';
import { teamDaysOff } from '../../../lib/shifts/team-days-off';
import { t } from '../../i18n';
import { ErlangExplainer } from './ErlangExplainer';
import { MAX_HISTORY_WEEKS, readPlannerForm, type PlannerForm } from './planner-form';
import { StaffingTable } from './StaffingTable';

const FIELDS: { name: keyof PlannerForm; label: Parameters<typeof t>[0]; type: 'date' | 'number'; step?: string }[] = [
  { name: 'first', label: 'staffingFirstDay', type: 'date' },
  { name: 'last', label: 'staffingLastDay', type: 'date' },
  { name: 'multiplier', label: 'staffingMultiplier', type: 'number', step: '0.1' },
  { name: 'ahtMinutes', label: 'staffingAhtMinutes', type: 'number', step: '0.5' },
  { name: 'goalPercent', label: 'staffingGoalPercent', type: 'number', step: '1' },
  { name: 'goalMinutes', label: 'staffingGoalMinutes', type: 'number', step: '5' },
  { name: 'historyWeeks', label: 'staffingHistoryWeeks', type: 'number', step: '1' },
];

export function PromotionPlanner({ db, settings, now }: { db: ReplyclockDb; settings: TeamSettings; now: number }) {
  const zone = settings.team.teamZone;
  const [form, setForm] = useState<PlannerForm>(() => {
    const weekend = nextBlackFridayWeekend(now, zone);
    return { ...weekend, multiplier: '3', ahtMinutes: '6', goalPercent: '90', goalMinutes: '120', historyWeeks: '4' };
  });
  const log = useLiveQuery(async () => {
    const [events, oldest] = await Promise.all([
      db.events.where('at').between(now - (MAX_HISTORY_WEEKS * 7 + 1) * DAY_MS, now, true, true).toArray(),
      db.events.orderBy('at').first(),
    ]);
    return { waits: waitsOf(timelinesOf(events), new Map()), logStart: oldest?.at ?? null };
  }, [db, now]);
  const reading = useMemo(() => readPlannerForm(form, zone), [form, zone]);
  const result = useMemo(() => {
    if (!log || !reading.ok) return null;
    const clock = zoneClock(zone);
    const history = hourlyHistory(log.waits, now, reading.historyWeeks, clock, log.logStart);
    const { promotion } = reading.inputs;
    const daysOff = new Set(teamDaysOff(settings.teamHolidays, zone, promotion.from - 2 * DAY_MS, promotion.to).map((day) => day.date));
    return { history, plan: staffingPlan(history, reading.inputs, settings.shifts, clock, (date) => daysOff.has(date)) };
  }, [log, reading, zone, now, settings]);

  const set = (name: keyof PlannerForm) => (event: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [name]: event.target.value });
  return (
    <section className="panel" aria-labelledby="staffing-planner">
      <h2 id="staffing-planner">{t('staffingPlanner')}</h2>
      <p className="field__hint">{t('staffingPlannerIntro')}</p>
      <form className="staffing__form" onSubmit={(event) => event.preventDefault()} aria-label={t('staffingPlanner')}>
        {FIELDS.map((field) => (
          <label key={field.name} className="field">
            <span className="field__label">{t(field.label)}</span>
            <input type={field.type} step={field.step} value={form[field.name]} onChange={set(field.name)} />
          </label>
        ))}
        <button type="button" className="button" onClick={() => setForm({ ...form, ...nextBlackFridayWeekend(now, zone), multiplier: '3' })}>
          {t('staffingBlackFriday')}
        </button>
      </form>
      {!reading.ok && (
        <p className="message--error" role="alert">
          {t(reading.problem)}
        </p>
      )}
      {reading.ok && !result && <p>{t('analyticsLoading')}</p>}
      {reading.ok && result && (
        <>
          <ErlangExplainer inputs={reading.inputs} history={result.history} zone={zone} />
          <p data-testid="staffing-summary" className={result.plan.shortHours > 0 ? 'message--warning' : 'message--ok'}>
            {result.plan.shortHours > 0
              ? t('staffingSummaryShort', result.plan.shortHours, result.plan.hours.length, result.plan.peakAgents)
              : t('staffingSummaryCovered', result.plan.hours.length, result.plan.peakAgents)}
          </p>
          {result.plan.rosterEmpty && <p className="message--warning">{t('staffingRosterEmpty')}</p>}
          <StaffingTable plan={result.plan} zone={zone} />
        </>
      )}
    </section>
  );
}
