// The dashboard's frame: a tab bar for its sections (inbox, templates, settings, analytics, staffing,
// auto-reply, backup), the current one kept in the URL's hash so a reload or a link lands on the same one.
import { useEffect, useState } from 'react';
import type { ReplyclockDb } from '../../lib/db';
import { t, type MessageKey } from '../i18n';
import { AnalyticsView } from './AnalyticsView';
import { AutoReplyView } from './AutoReplyView';
import { BackupView } from './BackupView';
import { InboxView } from './InboxView';
import { SettingsView } from './SettingsView';
import { StaffingView } from './StaffingView';
import { TemplatesView } from './TemplatesView';
import './dashboard.css';

export interface DashboardSectionProps {
  db: ReplyclockDb;
  /** Fixed clock for tests; the live one otherwise. */
  initialNow?: number;
}

export const DASHBOARD_SECTIONS = ['inbox', 'templates', 'settings', 'analytics', 'staffing', 'autoreply', 'backup'] as const;
export type DashboardSection = (typeof DASHBOARD_SECTIONS)[number];

const SECTION_NAMES: Record<DashboardSection, MessageKey> = {
  inbox: 'dashboardInbox',
  templates: 'dashboardTemplates',
  settings: 'dashboardSettings',
  analytics: 'dashboardAnalytics',
  staffing: 'dashboardStaffing',
  autoreply: 'dashboardAutoReply',
  backup: 'dashboardBackup',
};

const VIEWS: Record<DashboardSection, (props: DashboardSectionProps) => React.ReactNode> = {
  inbox: InboxView,
  templates: TemplatesView,
  settings: SettingsView,
  analytics: AnalyticsView,
  staffing: StaffingView,
  autoreply: AutoReplyView,
  backup: BackupView,
};

/** The section a hash names ('#settings'), or the inbox. */
export function sectionFromHash(hash: string): DashboardSection {
  const name = hash.replace(/^#/, '').split(/[/?]/)[0];
  return (DASHBOARD_SECTIONS as readonly string[]).includes(name ?? '') ? (name as DashboardSection) : 'inbox';
}

export function DashboardApp({ db, initialNow }: DashboardSectionProps) {
  const [section, setSection] = useState<DashboardSection>(() => sectionFromHash(location.hash));
  useEffect(() => {
    const follow = () => setSection(sectionFromHash(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const View = VIEWS[section];
  return (
    <div className="dashboard">
      <header className="dashboard__header">
        <h1>{t('extName')}</h1>
        <nav aria-label={t('dashboardNav')}>
          <ul className="dashboard__tabs">
            {DASHBOARD_SECTIONS.map((name) => (
              <li key={name}>
                <a href={`#${name}`} aria-current={name === section ? 'page' : undefined} onClick={() => setSection(name)}>
                  {t(SECTION_NAMES[name])}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main className="dashboard__main" aria-label={t(SECTION_NAMES[section])}>
        <View db={db} initialNow={initialNow} />
      </main>
    </div>
  );
}
