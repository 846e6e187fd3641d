// The dashboard's Analytics section: for a chosen period, first response times, the platforms' late-response
// rates, resolution against benchmarks, the volume heatmap under the shifts, and category trends. Reads the
// events log and settings from Dexie; every figure is computed by lib/analytics (pure, `now` passed in).
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { analyticsReport, loadFrom } from '../../lib/analytics/analytics-report';
import { loadSettings } from '../../lib/settings/team-settings';
import { teamDaysOff } from '../../lib/shifts/team-days-off';
import { t } from '../i18n';
import { CategoryTrendsPanel } from './analytics/CategoryTrendsPanel';
import { formatDate } from './analytics/format-figures';
import { LateResponsePanel } from './analytics/LateResponsePanel';
import { periodOf, PeriodPicker, type PeriodChoice } from './analytics/PeriodPicker';
import { ResolutionPanel } from './analytics/ResolutionPanel';
import { ResponseTimesPanel } from './analytics/ResponseTimesPanel';
import { VolumeHeatmapPanel } from './analytics/VolumeHeatmapPanel';
import type { DashboardSectionProps } from './DashboardApp';
import './analytics.css';

export function AnalyticsView({ db, initialNow }: DashboardSectionProps) {
  // One clock per visit: the figures stay still while the lead reads them; the log's changes still flow in.
  const [now] = useState(() => initialNow ?? Date.now());
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'last', days: 30 });
  const settings = useLiveQuery(() => loadSettings(db), [db]);
  const zone = settings?.team.teamZone;
  const period = useMemo(() => (zone ? periodOf(choice, now, zone) : null), [choice, now, zone]);
  const log = useLiveQuery(async () => {
    if (!period) return undefined;
    const [events, conversations] = await Promise.all([
      db.events.where('at').between(loadFrom(period, now), now, true, true).toArray(),
      db.conversations.toArray(),
    ]);
    return { events, conversations };
  }, [db, period?.from, period?.to, now]);
  const report = useMemo(() => {
    if (!settings || !period || !log) return undefined;
    // Shifts do not run on team days off: replies on those days are attributed without them.
    const daysOff = new Set(teamDaysOff(settings.teamHolidays, settings.team.teamZone, period.from - 2 * 86_400_000, now).map((day) => day.date));
    const isDayOff = (date: string) => daysOff.has(date);
    return analyticsReport({ ...log, period, now, teamZone: settings.team.teamZone, shifts: settings.shifts, isDayOff });
  }, [settings, period, log, now]);

  if (!settings || !zone || !period) return <p>{t('analyticsLoading')}</p>;
  return (
    <div className="analytics">
      <section className="panel">
        <h2>{t('dashboardAnalytics')}</h2>
        <PeriodPicker choice={choice} onChange={setChoice} now={now} zone={zone} />
        <p data-testid="analytics-period">{t('analyticsPeriodShown', formatDate(period.from, zone), formatDate(period.to - 1, zone), zone)}</p>
      </section>
      {!report ? (
        <p>{t('analyticsLoading')}</p>
      ) : (
        <>
          <ResponseTimesPanel report={report.firstResponse} />
          <LateResponsePanel report={report} zone={zone} />
          <ResolutionPanel report={report} />
          <VolumeHeatmapPanel heatmap={report.heatmap} overlay={report.overlay} zone={zone} />
          <CategoryTrendsPanel trends={report.categories} />
        </>
      )}
    </div>
  );
}
