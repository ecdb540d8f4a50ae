import { useId } from 'react';
import { SafeExternalLink } from '../../components/SafeExternalLink';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';

/** The public documents behind a record, numbered as figures refer to them, with who published them and when. */
export function DetailSources({ model, sourceIds }: { model: DatasetModel; sourceIds: readonly string[] }) {
  const { t, formatPartialDate } = useI18n();
  const headingId = useId();
  return (
    <div className="record-detail-section">
      <h3 id={headingId}>{t('recordDetail.sources')}</h3>
      <ol className="detail-entries detail-sources" aria-labelledby={headingId}>
        {sourceIds.map((id) => {
          const source = model.sourcesById.get(id);
          // Validation rules this out; the id keeps the numbering right if it ever happens.
          if (source === undefined) return <li key={id}>{id}</li>;
          return (
            <li key={id}>
              <SafeExternalLink href={source.url}>{source.title}</SafeExternalLink>
              <span className="detail-line detail-secondary">
                {source.published === undefined
                  ? source.publisher
                  : t('recordDetail.source.publishedBy', {
                      publisher: source.publisher,
                      date: formatPartialDate(source.published),
                    })}
              </span>
              {source.note !== undefined && <p className="detail-note">{source.note}</p>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
