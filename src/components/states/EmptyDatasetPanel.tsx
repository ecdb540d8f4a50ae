import { useI18n } from '../../i18n/i18n-context';

export function EmptyDatasetPanel() {
  const { t } = useI18n();
  return (
    <section className="state-panel" aria-labelledby="empty-dataset-title">
      <h1 id="empty-dataset-title">{t('state.empty.title')}</h1>
      <p>{t('state.empty.body')}</p>
    </section>
  );
}
