import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';

/** Which dataset, as of when, and under which licence: the last line of every brief. */
export function DatasetLine({ model }: { model: DatasetModel }) {
  const { t, formatPartialDate } = useI18n();
  const { meta } = model.dataset;
  return (
    <p className="briefing-dataset">
      {meta.synthetic && <strong>{t('app.footer.syntheticWarning')} </strong>}
      {t('briefing.dataset', {
        title: meta.title,
        asOf: formatPartialDate(meta.asOf),
        publisher: meta.publisher,
        licence: meta.licence.name,
      })}
    </p>
  );
}
