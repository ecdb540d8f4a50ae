import type { Origin } from '../../data/schema/records';
import { useI18n } from '../../i18n/i18n-context';

// ICU select keys cannot hold a hyphen: "dac-sector" is asked for as "dacSector".
const selectKey = (value: string) =>
  value.replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase());

/** Where an imported record came from and why the importer took it as mine action, so a reader can check it. */
export function OriginFacts({ origin }: { origin: Origin }) {
  const { t, formatPartialDate } = useI18n();
  return (
    <>
      <dt>{t('recordDetail.origin')}</dt>
      <dd>
        <p>{t('recordDetail.originValue', { format: origin.format, id: origin.id })}</p>
        {origin.publisher !== undefined && (
          <p>{t('recordDetail.originPublisher', { publisher: origin.publisher })}</p>
        )}
        {origin.lastUpdated !== undefined && (
          <p>
            {t('recordDetail.originUpdated', {
              // The file gives a date-time; the day is what a reader needs.
              date: formatPartialDate(origin.lastUpdated.slice(0, 10)),
            })}
          </p>
        )}
        <p>{t('recordDetail.originReasons')}</p>
        <ul className="detail-list">
          {origin.reasons.map((reason, index) => (
            <li key={index}>
              {t('recordDetail.originReason', { rule: selectKey(reason.rule), evidence: reason.evidence })}
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}
