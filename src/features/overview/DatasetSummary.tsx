import { useMemo } from 'react';
import type { DatasetModel } from '../../data/selectors/model';
import { countByType } from '../../data/selectors/counts';
import { RECORD_TYPES } from '../../data/schema/vocabulary';
import { useI18n } from '../../i18n/i18n-context';

/** The dataset's title, as-of date, what it holds by kind (in one line on phones), and how to cite it. */
export function DatasetSummary({ model }: { model: DatasetModel }) {
  const { t, formatPartialDate } = useI18n();
  const { meta, records, countries, organisations, sources } = model.dataset;
  // The summary re-renders with every change of the view; the counts change only with the dataset.
  const byType = useMemo(() => countByType(records), [records]);
  return (
    <section className="dataset-summary" aria-labelledby="dataset-title">
      <h1 id="dataset-title">{meta.title}</h1>
      <p className="as-of">{t('summary.asOf', { date: formatPartialDate(meta.asOf) })}</p>
      {/* Phones show the dataset in one line (the kinds, sources and citation are a tap away, under About),
          so the first screen has room for the data itself. */}
      <p className="summary-line">
        {[
          t('summary.count.records', { count: records.length }),
          t('summary.count.countries', { count: countries.length }),
          t('summary.count.organisations', { count: organisations.length }),
        ].join(' · ')}
      </p>
      <h2 className="visually-hidden">{t('summary.heading')}</h2>
      <ul className="stat-list" aria-label={t('summary.heading')}>
        {RECORD_TYPES.map((type) => (
          <li key={type} className="stat">
            {t(`summary.count.${type}`, { count: byType[type] })}
          </li>
        ))}
        <li className="stat">{t('summary.count.countries', { count: countries.length })}</li>
        <li className="stat">{t('summary.count.organisations', { count: organisations.length })}</li>
        <li className="stat">{t('summary.count.sources', { count: sources.length })}</li>
      </ul>
      <details className="about-dataset">
        <summary>{t('summary.about')}</summary>
        <p>{meta.description}</p>
        {meta.notes?.map((note, index) => (
          <p key={index}>{note}</p>
        ))}
        <h3>{t('summary.citation')}</h3>
        <p>{meta.citation}</p>
      </details>
    </section>
  );
}
