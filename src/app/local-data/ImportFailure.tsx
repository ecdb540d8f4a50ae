import type { LocalImportFailure } from '../../data/api/import-local-files';
import { useI18n } from '../../i18n/i18n-context';
import { ImportProblemList } from './ImportProblemList';

const MEGABYTE = 1024 * 1024;

/** Why a file was not opened, said at once (role=alert), and that the data on screen is untouched. */
export function ImportFailure({ failure, headingId }: { failure: LocalImportFailure; headingId: string }) {
  const { t, formatNumber } = useI18n();
  return (
    <div className="import-failure" role="alert" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('localData.error.heading')}</h3>
      {failure.kind === 'too-large' && (
        <p>
          {t('localData.error.tooLarge', {
            file: failure.file,
            size: formatNumber(failure.bytes / MEGABYTE, { maximumFractionDigits: 1 }),
            limit: formatNumber(failure.limit / MEGABYTE, { maximumFractionDigits: 0 }),
          })}
        </p>
      )}
      {failure.kind === 'reader-failed' && (
        <p>{t('localData.error.readerFailed', { detail: failure.detail })}</p>
      )}
      {failure.kind === 'problems' && <ImportProblemList problems={failure.problems} />}
      <p>{t('localData.error.kept')}</p>
    </div>
  );
}
