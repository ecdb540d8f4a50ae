import type { DatasetMeta } from '../data/schema/dataset';
import { useI18n } from '../i18n/i18n-context';
import { serializeViewState } from '../view-state/url-codec';
import type { ViewState } from '../view-state/view-state';

/**
 * As-of date, source line, and the same view in the full dashboard (in a new tab, so the host page
 * stays). A chart's figure has its own source line (it travels with its downloads), so a chart embed
 * leaves it out here rather than say it twice.
 */
export function EmbedFooter({
  meta,
  view,
  withSource = true,
}: {
  meta: DatasetMeta;
  view: ViewState;
  withSource?: boolean;
}) {
  const { t, formatPartialDate } = useI18n();
  const fullView = new URL(`./${serializeViewState(view)}`, document.baseURI).href;
  return (
    <footer className="embed-footer">
      {meta.synthetic && <p className="synthetic-warning">{t('app.footer.syntheticWarning')}</p>}
      {withSource && (
        <p>{t('embed.footer.source', { title: meta.title, asOf: formatPartialDate(meta.asOf) })}</p>
      )}
      <p>
        <a href={fullView} target="_blank" rel="noopener noreferrer">
          {t('embed.footer.open')}
          <span className="visually-hidden"> {t('link.opensInNewTab')}</span>
        </a>
      </p>
    </footer>
  );
}
