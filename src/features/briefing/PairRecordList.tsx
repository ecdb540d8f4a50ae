import { PeriodText } from '../../components/PeriodText';
import { RecordLink } from '../../components/RecordLink';
import { earliestDay } from '../../data/schema/partial-date';
import type { Amount, CooperationRecord, Figure } from '../../data/schema/records';
import { RECORD_TYPES } from '../../data/schema/vocabulary';
import { figureRange } from '../../data/selectors/figures';
import { partyCountry, type DatasetModel } from '../../data/selectors/model';
import { countryName, placeName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';
import { moneyText } from '../../i18n/money-text';
import { listOf, shortOrganisationName } from './lists';
import type { BriefingNavigation } from './navigation';
import { NoteRef } from './NoteRef';

interface PairRecordListProps {
  model: DatasetModel;
  /** The records in the order they are listed (see sortForList). */
  records: CooperationRecord[];
  navigation: BriefingNavigation;
}

/** Partnerships, then trainings, then events, each in date order: the order the list shows. */
export function sortForList(records: CooperationRecord[]): CooperationRecord[] {
  return [...records].sort(
    (a, b) =>
      RECORD_TYPES.indexOf(a.type) - RECORD_TYPES.indexOf(b.type) ||
      earliestDay(a.period.start).localeCompare(earliestDay(b.period.start)) ||
      a.id.localeCompare(b.id),
  );
}

/** Every record that involves both countries, one compact entry each, with who did what and the sources. */
export function PairRecordList({ model, records, navigation }: PairRecordListProps) {
  const { t } = useI18n();
  return (
    <section className="briefing-section briefing-records" aria-labelledby="briefing-records-heading">
      <h2 id="briefing-records-heading">{t('briefing.pair.records.heading')}</h2>
      <p>{t('briefing.pair.records.count', { count: records.length })}</p>
      <ol className="brief-records">
        {records.map((record) => (
          <li key={record.id} className="brief-record">
            <RecordEntry model={model} record={record} navigation={navigation} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function participantValues(participants: Figure, formatNumber: (n: number) => string) {
  const range = figureRange(participants);
  return {
    disputed: range.disputed ? 'yes' : 'no',
    min: formatNumber(range.min),
    max: formatNumber(range.max),
    count: range.min,
  };
}

function RecordEntry({
  model,
  record,
  navigation,
}: { model: DatasetModel; record: CooperationRecord } & Pick<PairRecordListProps, 'navigation'>) {
  const i18n = useI18n();
  const { t, locale, formatNumber } = i18n;
  const parties = listOf(
    locale,
    record.parties.map((party) => {
      const country = partyCountry(model, party);
      return t('briefing.record.party', {
        name:
          party.organisation === undefined
            ? countryName(model, party.country ?? '')
            : shortOrganisationName(model, party.organisation),
        role: t(`role.${party.role}`),
        country: party.organisation === undefined || country === null ? 'none' : countryName(model, country),
      });
    }),
    'unit',
  );
  // An amount as its sources give it: "at least" and "about" stay with it, disputed values as their range.
  const money = (amount: Amount) => {
    const range = figureRange(amount.value);
    const one = (n: number) => moneyText(i18n, { currency: amount.currency, min: n, max: n });
    const text = range.disputed
      ? t('figure.disputed', { min: one(range.min), max: one(range.max) })
      : one(range.min);
    if (amount.qualifier === 'at-least') return t('money.atLeast', { amount: text });
    return amount.qualifier === 'about' ? t('money.about', { amount: text }) : text;
  };
  return (
    <>
      <p className="brief-record-head">
        <span className="brief-kind">{t(`type.${record.type}`)}</span>{' '}
        <span className="brief-date">
          <PeriodText period={record.period} />
        </span>{' '}
        <RecordLink href={navigation.recordHref(record.id)} onOpen={() => navigation.openRecord(record.id)}>
          {record.title}
        </RecordLink>
        <NoteRef sourceIds={record.sources} />
      </p>
      <p className="brief-record-facts">
        {record.place && <span>{placeName(model, record.place)}</span>}
        {record.type === 'training' && record.participants !== undefined && (
          <span>
            {t('briefing.pair.records.participants', participantValues(record.participants, formatNumber))}
            {typeof record.participants !== 'number' && (
              <NoteRef sourceIds={record.participants.values.map((value) => value.source)} />
            )}
          </span>
        )}
        {record.type === 'partnership' && record.amount !== undefined && <span>{money(record.amount)}</span>}
        {record.confidence !== 'confirmed' && (
          <span className={`confidence confidence-${record.confidence}`}>
            {t('briefing.record.confidence', { confidence: t(`confidence.${record.confidence}`) })}
          </span>
        )}
        <span className="brief-parties">{parties}</span>
      </p>
    </>
  );
}
