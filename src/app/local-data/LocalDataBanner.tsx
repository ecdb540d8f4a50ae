import { useId } from 'react';
import type { FileReport } from '../../data/import/types';
import { useI18n } from '../../i18n/i18n-context';
import type { LocalDataset } from './local-data-context';
import { useLocalData } from './local-data-context';

/** How many left-out items and repairs the banner lists per file before only counting them. */
const ITEMS_SHOWN = 30;

/**
 * Says, above every view, that the page shows a file opened on this computer: which file, how many
 * records it gave and what was left out and why, with the way back to the published dataset.
 */
export function LocalDataBanner({ local }: { local: LocalDataset }) {
  const { t } = useI18n();
  const { backToPublished } = useLocalData();
  const headingId = useId();
  const leftOut = local.reports.reduce((sum, report) => sum + report.leftOut.length, 0);
  return (
    <section className="local-data-banner" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('localData.banner.heading', { files: local.fileNames.join(', ') })}</h2>
      <p role="status">
        {t('localData.banner.counts', { taken: local.model.dataset.records.length, leftOut })}
      </p>
      <p>{t('localData.banner.private')}</p>
      {local.reports.some((report) => report.leftOut.length > 0 || report.repairs.length > 0) && (
        <details>
          <summary>{t('localData.banner.details')}</summary>
          {local.reports.map((report) => (
            <FileReportDetails key={report.file} report={report} />
          ))}
        </details>
      )}
      <button type="button" onClick={backToPublished}>
        {t('localData.banner.back')}
      </button>
    </section>
  );
}

/** One file's left-out items and repairs, as the importer reported them (its words are data, shown as text). */
function FileReportDetails({ report }: { report: FileReport }) {
  const { t } = useI18n();
  return (
    <>
      <h3>{report.file}</h3>
      {report.leftOut.length > 0 && (
        <>
          <p>{t('localData.banner.leftOutHeading', { count: report.leftOut.length })}</p>
          <ul>
            {report.leftOut.slice(0, ITEMS_SHOWN).map((item) => (
              <li key={item.id}>
                <span className="local-data-id">{item.id}</span> {item.title} — {item.why}
              </li>
            ))}
          </ul>
          <More count={report.leftOut.length - ITEMS_SHOWN} />
        </>
      )}
      {report.repairs.length > 0 && (
        <>
          <p>{t('localData.banner.repairsHeading', { count: report.repairs.length })}</p>
          <ul>
            {report.repairs.slice(0, ITEMS_SHOWN).map((repair, index) => (
              <li key={index}>
                {repair.item !== undefined && <span className="local-data-id">{repair.item}</span>}{' '}
                {repair.detail}
              </li>
            ))}
          </ul>
          <More count={report.repairs.length - ITEMS_SHOWN} />
        </>
      )}
    </>
  );
}

function More({ count }: { count: number }) {
  const { t } = useI18n();
  return count > 0 ? <p>{t('localData.banner.more', { count })}</p> : null;
}
