// The dashboard's Staffing section: the promotion staffing planner (forecast × multiplier → Erlang C agents per
// hour against the shift roster) and the post-promotion review of a period against its baseline.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { loadSettings } from '../../lib/settings/team-settings';
import { t } from '../i18n';
import type { DashboardSectionProps } from './DashboardApp';
import { PromotionPlanner } from './staffing/PromotionPlanner';
import { PromotionReviewPanel } from './staffing/PromotionReviewPanel';
import './analytics.css';

export function StaffingView({ db, initialNow }: DashboardSectionProps) {
  const [now] = useState(() => initialNow ?? Date.now());
  const settings = useLiveQuery(() => loadSettings(db), [db]);
  if (!settings) return <p>{t('analyticsLoading')}</p>;
  return (
    <div className="staffing">
      <PromotionPlanner db={db} settings={settings} now={now} />
      <PromotionReviewPanel db={db} zone={settings.team.teamZone} now={now} />
    </div>
  );
}
