// The dashboard's Backup section: export everything to one file, restore everything from one (checked whole,
// applied whole or not at all), and the templates alone for sharing.
import type { DashboardSectionProps } from './DashboardApp';
import { t } from '../i18n';
import { ExportPanel } from './backup/ExportPanel';
import { RestorePanel } from './backup/RestorePanel';
import { TemplatesPanel } from './backup/TemplatesPanel';
import './backup.css';

export function BackupView({ db, initialNow }: DashboardSectionProps) {
  // The fixed clock in tests; the moment of the click otherwise.
  const now = () => initialNow ?? Date.now();
  return (
    <div className="backup">
      <p className="backup__intro">{t('backupIntro')}</p>
      <ExportPanel db={db} now={now} />
      <RestorePanel db={db} />
      <TemplatesPanel db={db} now={now} />
    </div>
  );
}
