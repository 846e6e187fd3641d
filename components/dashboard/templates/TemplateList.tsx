// The library list: search (the sidebar's own ranking), filters by platform, language and category, and one
// row per template; choosing a row opens it in the editor.
import { CATEGORIES, PLATFORMS, type Category, type Platform, type Template } from '../../../lib/model';
import { libraryLanguages, type LibraryFilter } from '../../../lib/templates/library-list';
import { t } from '../../i18n';
import { CATEGORY_NAMES, PLATFORM_NAMES } from '../../platform-names';

export function platformsText(platforms: readonly Platform[]): string {
  return platforms.length === 0 ? t('editorPlatformsAny') : platforms.map((p) => t(PLATFORM_NAMES[p])).join(', ');
}

export function TemplateList({
  templates,
  shown,
  filter,
  onFilter,
  selectedId,
  onSelect,
}: {
  templates: readonly Template[];
  shown: readonly Template[];
  filter: LibraryFilter;
  onFilter: (filter: LibraryFilter) => void;
  selectedId: number | null;
  onSelect: (id: number) => void;
}) {
  return (
    <div className="templates__list">
      <div className="templates__filters">
        <div className="field templates__search">
          <label htmlFor="templates-search">{t('editorSearch')}</label>
          <input id="templates-search" type="search" value={filter.query} onChange={(e) => onFilter({ ...filter, query: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="templates-filter-platform">{t('editorPlatform')}</label>
          <select
            id="templates-filter-platform"
            value={filter.platform ?? ''}
            onChange={(e) => onFilter({ ...filter, platform: e.target.value === '' ? null : (e.target.value as Platform) })}
          >
            <option value="">{t('editorFilterAll')}</option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {t(PLATFORM_NAMES[p])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="templates-filter-language">{t('editorFilterLanguage')}</label>
          <select id="templates-filter-language" value={filter.language ?? ''} onChange={(e) => onFilter({ ...filter, language: e.target.value === '' ? null : e.target.value })}>
            <option value="">{t('editorFilterAll')}</option>
            {libraryLanguages(templates).map((language) => (
              <option key={language} value={language}>
                {language}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="templates-filter-category">{t('editorFilterCategory')}</label>
          <select
            id="templates-filter-category"
            value={filter.category ?? ''}
            onChange={(e) => onFilter({ ...filter, category: e.target.value === '' ? null : (e.target.value as Category | 'none') })}
          >
            <option value="">{t('editorFilterAll')}</option>
            <option value="none">{t('editorCategoryNone')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(CATEGORY_NAMES[c])}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="field__hint" role="status">
        {t('editorShownCount', shown.length, templates.length)}
      </p>
      <ul className="templates__rows" aria-label={t('editorListLabel')}>
        {shown.map((template) => (
          <li key={template.id}>
            <button
              type="button"
              className={template.id === selectedId ? 'templates__row templates__row--selected' : 'templates__row'}
              aria-current={template.id === selectedId ? 'true' : undefined}
              data-testid="template-row"
              onClick={() => template.id !== undefined && onSelect(template.id)}
            >
              <span className="templates__row-name">{template.name}</span>
              <span className="templates__row-meta">
                {platformsText(template.platforms)} · {template.language}
                {template.category ? ` · ${t(CATEGORY_NAMES[template.category])}` : ''}
                {template.shortcut ? ` · ${template.shortcut}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
