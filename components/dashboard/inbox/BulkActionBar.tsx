// The inbox's bulk actions on the selected rows: "no response needed" (offered only when some selected row is
// an awaiting Amazon conversation: the sidebar's own rule), "resolved", and a new category. The background
// does the work (one transaction, then the badge); this bar says what changed and what was skipped.
import { useId, useState } from 'react';
import { availableStatuses } from '../../../lib/inbox/available-statuses';
import type { BulkAction } from '../../../lib/messaging';
import { CATEGORIES, type Category, type Conversation } from '../../../lib/model';
import { t } from '../../i18n';
import { CATEGORY_NAMES } from '../../platform-names';

export function BulkActionBar({
  selected,
  pending,
  onRun,
  onClear,
}: {
  /** The selected rows the filters show: what an action acts on. */
  selected: readonly Conversation[];
  pending: boolean;
  onRun: (action: BulkAction) => void;
  onClear: () => void;
}) {
  const [category, setCategory] = useState<Category>('other');
  const categoryId = useId();
  const allows = (status: 'no-response-needed' | 'resolved') => selected.some((conversation) => availableStatuses(conversation).includes(status));
  const none = selected.length === 0;
  return (
    <section className="inbox-bulk" aria-label={t('inboxBulkLabel')}>
      <span className="inbox-bulk__count" data-testid="inbox-selected">
        {t('inboxSelected', selected.length)}
      </span>
      <button
        type="button"
        className="button"
        disabled={pending || !allows('no-response-needed')}
        title={t('inboxBulkNoResponseNeededHint')}
        onClick={() => onRun({ status: 'no-response-needed' })}
      >
        {t('inboxBulkNoResponseNeeded')}
      </button>
      <button type="button" className="button" disabled={pending || !allows('resolved')} onClick={() => onRun({ status: 'resolved' })}>
        {t('inboxBulkResolved')}
      </button>
      <span className="inbox-bulk__category">
        <label htmlFor={categoryId}>{t('inboxBulkCategory')}</label>
        <select id={categoryId} value={category} disabled={pending || none} onChange={(event) => setCategory(event.target.value as Category)}>
          {CATEGORIES.map((option) => (
            <option key={option} value={option}>
              {t(CATEGORY_NAMES[option])}
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={pending || none} onClick={() => onRun({ category })}>
          {t('inboxBulkChangeCategory')}
        </button>
      </span>
      <button type="button" className="button" disabled={none} onClick={onClear}>
        {t('inboxClearSelection')}
      </button>
    </section>
  );
}
