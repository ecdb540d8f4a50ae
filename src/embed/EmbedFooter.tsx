import { useId } from 'react';
import type { DatasetMeta } from '../data/schema/dataset';
import { useI18n } from '../i18n/i18n-context';
import { serializeViewState } from '../view-state/url-codec';
import type { ViewState } from '../view-state/view-state';
import { EMBED_HEADING_ID } from './landmarks';

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
  const nameId = useId();
  const fullView = new URL(`./${serializeViewState(view)}`, document.baseURI).href;
  return (
    // Named like the frame's main landmark ("About the data: Cambodia"), for the same reason.
    <footer className="embed-footer" aria-labelledby={`${nameId} ${EMBED_HEADING_ID} briefing-title`}>
      <span id={nameId} hidden>
        {t('embed.footer.name')}
      </span>
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
