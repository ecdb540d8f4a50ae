import type { DatasetMeta } from '../data/schema/dataset';
import { SafeExternalLink } from '../components/SafeExternalLink';
import { useI18n } from '../i18n/i18n-context';

export function DatasetFooter({ meta }: { meta: DatasetMeta }) {
  const { t, formatPartialDate } = useI18n();
  return (
    <footer className="app-footer">
      {meta.synthetic && <p className="synthetic-warning">{t('app.footer.syntheticWarning')}</p>}
      <p>{t('app.footer.dataset', { title: meta.title, asOf: formatPartialDate(meta.asOf) })}</p>
      <p>
        {t('app.footer.licence')}{' '}
        <SafeExternalLink href={meta.licence.url}>{meta.licence.name}</SafeExternalLink>
      </p>
    </footer>
  );
}
