import { PeriodText } from '../../components/PeriodText';
import { RecordKindText } from '../../components/RecordKindText';
import { RecordLink } from '../../components/RecordLink';
import { involvedCountryNames } from '../../data/selectors/involved-countries';
import { placeOwnName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';
import { AmountText } from './AmountText';
import { PartyRoles } from './PartyRoles';
import type { RecordItemProps } from './record-view-props';

/** One record as a table row; its title is the row header and the link to its detail. */
export function RecordRow({ model, record, collator, listFormat, focus, href, onOpen }: RecordItemProps) {
  const { t, formatNumber } = useI18n();
  return (
    <tr>
      <td className="cell-date">
        <PeriodText period={record.period} />
      </td>
      <th scope="row" className="cell-title">
        <RecordLink href={href} onOpen={() => onOpen(record.id)}>
          {record.title}
        </RecordLink>
      </th>
      <td>
        {t(`type.${record.type}`)}
        <span className="cell-secondary">
          <RecordKindText record={record} />
        </span>
      </td>
      <td>{listFormat.format(involvedCountryNames(model, record, collator))}</td>
      <td className="cell-number cell-amount">
        <AmountText record={record} />
      </td>
      <td className="cell-parties">
        <PartyRoles model={model} record={record} focus={focus} />
      </td>
      <td>
        {record.place ? (
          placeOwnName(model, record.place)
        ) : (
          <span className="cell-missing">{t('table.noPlace')}</span>
        )}
      </td>
      <td>
        <span className={`confidence confidence-${record.confidence}`}>
          {t(`confidence.${record.confidence}`)}
        </span>
      </td>
      <td className="cell-number">{formatNumber(record.sources.length)}</td>
    </tr>
  );
}
