// The editor's preview: the body rendered for an invented sample conversation on the chosen platform and
// marketplace, unfilled variables and unknown tags marked (as text, never markup), and what blocks rendering.
import type { Platform } from '../../../lib/model';
import { sampleMarketsFor, type EditorPreview, type SampleMarket } from '../../../lib/templates/editor-preview';
import { PLATFORMS } from '../../../lib/model';
import { placeholder } from '../../../lib/templates/render';
import { t } from '../../i18n';
import { PLATFORM_NAMES } from '../../platform-names';

export function TemplatePreview({ preview, market, onMarket }: { preview: EditorPreview; market: SampleMarket; onMarket: (market: SampleMarket) => void }) {
  const { rendered } = preview;
  return (
    <section className="templates__preview" aria-labelledby="templates-preview-heading">
      <h3 id="templates-preview-heading">{t('editorPreviewHeading')}</h3>
      <div className="templates__preview-choice">
        <div className="field">
          <label htmlFor="templates-preview-platform">{t('editorPreviewPlatform')}</label>
          <select
            id="templates-preview-platform"
            value={market.platform}
            onChange={(e) => onMarket(sampleMarketsFor(e.target.value as Platform)[0]!)}
          >
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {t(PLATFORM_NAMES[p])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="templates-preview-market">{t('editorPreviewMarketplace')}</label>
          <select
            id="templates-preview-market"
            value={market.marketplace}
            onChange={(e) => onMarket(sampleMarketsFor(market.platform).find((m) => m.marketplace === e.target.value) ?? market)}
          >
            {sampleMarketsFor(market.platform).map((m) => (
              <option key={m.marketplace} value={m.marketplace}>
                {m.marketplace}
              </option>
            ))}
          </select>
        </div>
        <p className="field__hint">{t('editorPreviewSample', market.buyer, market.orderId)}</p>
      </div>
      {rendered ? (
        <>
          <p className="templates__preview-text" data-testid="editor-preview">
            {rendered.parts.map((part, i) =>
              part.missing !== undefined || part.unknown ? (
                <mark key={i} className="templates__gap">
                  {part.text}
                </mark>
              ) : (
                part.text
              ),
            )}
          </p>
          {rendered.missing.length > 0 && <p className="field__hint">{t('editorPreviewMissing', rendered.missing.map(placeholder).join(', '))}</p>}
          {rendered.unknown.length > 0 && (
            <p className="message--warning" data-testid="editor-unknown">
              {t('editorPreviewUnknown', rendered.unknown.join(', '))}
            </p>
          )}
        </>
      ) : (
        <p className="field__hint">{t('editorPreviewBlocked')}</p>
      )}
    </section>
  );
}
