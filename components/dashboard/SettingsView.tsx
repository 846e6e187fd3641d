// The dashboard's Settings section: reply-clock policies, team, shifts with their coverage chart, team
// holidays, notifications, night watch, data retention and adapter health — each a form of its own with its
// own Save, validated before anything is stored (components/dashboard/settings/*).
import { useLiveQuery } from 'dexie-react-hooks';
import { loadSettings } from '../../lib/settings/team-settings';
import { loadPolicies } from '../../lib/tracker/reply-clock';
import { t } from '../i18n';
import { useNow } from '../use-now';
import type { DashboardSectionProps } from './DashboardApp';
import { AdapterHealthSection } from './settings/AdapterHealthSection';
import { NightWatchSection } from './settings/NightWatchSection';
import { NotificationsSection } from './settings/NotificationsSection';
import { PoliciesSection } from './settings/PoliciesSection';
import { RetentionSection } from './settings/RetentionSection';
import { ShiftsSection } from './settings/ShiftsSection';
import { TeamHolidaysSection } from './settings/TeamHolidaysSection';
import { TeamSection } from './settings/TeamSection';
import './settings.css';

export function SettingsView({ db, initialNow }: DashboardSectionProps) {
  const now = useNow(60_000, initialNow);
  const settings = useLiveQuery(() => loadSettings(db), [db]);
  const policies = useLiveQuery(() => loadPolicies(db), [db]);
  if (!settings || !policies) return <p role="status">{t('settingsLoading')}</p>;
  return (
    <div className="settings">
      <PoliciesSection db={db} saved={policies} />
      <TeamSection db={db} initial={settings.team} />
      <ShiftsSection db={db} saved={settings.shifts} teamZone={settings.team.teamZone} teamHolidays={settings.teamHolidays} now={now} />
      <TeamHolidaysSection db={db} saved={settings.teamHolidays} shifts={settings.shifts} teamZone={settings.team.teamZone} now={now} />
      <NotificationsSection db={db} initial={settings.notifications} />
      <NightWatchSection db={db} initial={settings.nightWatch} />
      <RetentionSection db={db} initial={settings.retention} now={now} />
      <AdapterHealthSection db={db} />
    </div>
  );
}
