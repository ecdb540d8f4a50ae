import { useId, type ReactNode } from 'react';
import { PeriodText } from '../../components/PeriodText';
import { RecordKindText } from '../../components/RecordKindText';
import { recordKindKey } from '../../components/record-kind';
import { RecordLink } from '../../components/RecordLink';
import { involvedCountryNames } from '../../data/selectors/involved-countries';
import { localisedName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages-en';
import { AmountText } from './AmountText';
import { PartyRoles } from './PartyRoles';
import type { RecordItemProps } from './record-view-props';

/**
 * One record as a card on a narrow screen: the table row's cells, each under its column's name,
 * with the title as the card's heading and the link to its detail.
 */
export function RecordCard({ model, record, collator, listFormat, focus, href, onOpen }: RecordItemProps) {
  const { t, formatNumber } = useI18n();
  const headingId = useId();
  const field = (label: MessageKey, value: ReactNode, className?: string) => (
    <div className={className}>
      <dt>{t(label)}</dt>
      <dd>{value}</dd>
    </div>
  );
  const kind = <RecordKindText record={record} />;
  return (
    <li>
      <article className="record-card" aria-labelledby={headingId}>
        <h3 id={headingId} className="record-card-title">
          <RecordLink href={href} onOpen={() => onOpen(record.id)}>
            {record.title}
          </RecordLink>
        </h3>
        <dl className="record-card-fields">
          {field('table.column.date', <PeriodText period={record.period} />)}
          {field(
            'table.column.type',
            <>
              {t(`type.${record.type}`)}
              {/* A training has no kind: the type alone, with no dangling separator. */}
              {recordKindKey(record) !== null && <> · {kind}</>}
            </>,
          )}
          {field('table.column.countries', listFormat.format(involvedCountryNames(model, record, collator)))}
          {field('table.column.amount', <AmountText record={record} />, 'record-card-amount')}
          {field('table.column.roles', <PartyRoles model={model} record={record} focus={focus} />)}
          {field(
            'table.column.place',
            record.place ? (
              localisedName(model, record.place)
            ) : (
              <span className="cell-missing">{t('table.noPlace')}</span>
            ),
          )}
          {field(
            'table.column.confidence',
            <span className={`confidence confidence-${record.confidence}`}>
              {t(`confidence.${record.confidence}`)}
            </span>,
          )}
          {field('table.column.sources', formatNumber(record.sources.length))}
        </dl>
      </article>
    </li>
  );
}
