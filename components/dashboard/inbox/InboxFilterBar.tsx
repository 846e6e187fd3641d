// The inbox's filter bar: search box, platform / status / category choices (none chosen = all), overdue and
// approximate toggles, and a reset. Controlled: the inbox view owns the filters (and keeps them in the hash).
import { useId } from 'react';
import { NO_FILTERS, type InboxFilters } from '../../../lib/inbox/filter-conversations';
import { isUnfiltered } from '../../../lib/inbox/filters-in-hash';
import { CATEGORIES, CONVERSATION_STATUSES, PLATFORMS } from '../../../lib/model';
import { t, type MessageKey } from '../../i18n';
import { CATEGORY_NAMES, PLATFORM_NAMES } from '../../platform-names';
import { STATUS_NAMES } from '../../SidebarConversation';

function ChoiceGroup<T extends string>({
  legend,
  name,
  options,
  names,
  chosen,
  onChange,
}: {
  legend: MessageKey;
  name: string;
  options: readonly T[];
  names: Record<T, MessageKey>;
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
}) {
  return (
    <fieldset className="inbox-filters__group" data-filter={name}>
      <legend>{t(legend)}</legend>
      {options.map((option) => (
        <label key={option} className="inbox-filters__choice">
          <input
            type="checkbox"
            name={name}
            value={option}
            checked={chosen.includes(option)}
            onChange={(event) =>
              onChange(event.target.checked ? options.filter((o) => o === option || chosen.includes(o)) : chosen.filter((o) => o !== option))
            }
          />
          {t(names[option])}
        </label>
      ))}
    </fieldset>
  );
}

export function InboxFilterBar({ filters, onChange }: { filters: InboxFilters; onChange: (filters: InboxFilters) => void }) {
  const searchId = useId();
  const set = (change: Partial<InboxFilters>) => onChange({ ...filters, ...change });
  return (
    <section className="inbox-filters" aria-label={t('inboxFiltersLabel')}>
      <div className="inbox-filters__row">
        <div className="field inbox-filters__search">
          <label htmlFor={searchId}>{t('inboxSearchLabel')}</label>
          <input
            id={searchId}
            type="search"
            value={filters.search}
            placeholder={t('inboxSearchPlaceholder')}
            onChange={(event) => set({ search: event.target.value })}
          />
        </div>
        <label className="inbox-filters__toggle">
          <input type="checkbox" name="overdue" checked={filters.overdueOnly} onChange={(event) => set({ overdueOnly: event.target.checked })} />
          {t('inboxFilterOverdue')}
        </label>
        <label className="inbox-filters__toggle">
          <input
            type="checkbox"
            name="approximate"
            checked={filters.approximateOnly}
            onChange={(event) => set({ approximateOnly: event.target.checked })}
          />
          {t('inboxFilterApproximate')}
        </label>
        <button type="button" className="button" disabled={isUnfiltered(filters)} onClick={() => onChange(NO_FILTERS)}>
          {t('inboxClearFilters')}
        </button>
      </div>
      <div className="inbox-filters__row">
        <ChoiceGroup
          legend="inboxFilterPlatform"
          name="platform"
          options={PLATFORMS}
          names={PLATFORM_NAMES}
          chosen={filters.platforms}
          onChange={(platforms) => set({ platforms })}
        />
        <ChoiceGroup
          legend="inboxFilterStatus"
          name="status"
          options={CONVERSATION_STATUSES}
          names={STATUS_NAMES}
          chosen={filters.statuses}
          onChange={(statuses) => set({ statuses })}
        />
        <ChoiceGroup
          legend="inboxFilterCategory"
          name="category"
          options={CATEGORIES}
          names={CATEGORY_NAMES}
          chosen={filters.categories}
          onChange={(categories) => set({ categories })}
        />
      </div>
    </section>
  );
}
