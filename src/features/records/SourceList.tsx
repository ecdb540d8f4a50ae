import { SafeExternalLink } from '../../components/SafeExternalLink';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';

/** The public documents a record rests on, as links a reader can follow. */
export function SourceList({ model, sourceIds }: { model: DatasetModel; sourceIds: string[] }) {
  const { t, formatPartialDate } = useI18n();
  return (
    <div className="sources">
      <h4>{t('records.sources')}</h4>
      <ol>
        {sourceIds.map((id) => {
          const source = model.sourcesById.get(id);
          if (!source) return null;
          return (
            <li key={id}>
              <SafeExternalLink href={source.url}>{source.title}</SafeExternalLink>
              {', '}
              {source.publisher}
              {source.published &&
                `, ${t('records.source.published', { date: formatPartialDate(source.published) })}`}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
