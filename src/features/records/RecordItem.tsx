import { FigureText } from '../../components/FigureText';
import { PeriodText } from '../../components/PeriodText';
import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';
import { PartyList } from './PartyList';
import { SourceList } from './SourceList';

interface RecordItemProps {
  model: DatasetModel;
  record: CooperationRecord;
}

/** One record: what, when, where, who, how sure, and the sources behind it. */
export function RecordItem({ model, record }: RecordItemProps) {
  const { t, formatCurrency } = useI18n();
  const headingId = `record-${record.id}`;
  return (
    <article className="record" aria-labelledby={headingId}>
      <p className="record-type">{t(`type.${record.type}`)}</p>
      <h3 id={headingId}>{record.title}</h3>
      <dl className="record-facts">
        <dt>{t('records.period')}</dt>
        <dd>
          <PeriodText period={record.period} />
        </dd>
        {record.place && (
          <>
            <dt>{t('records.place')}</dt>
            <dd>
              {record.place.name}, {countryName(model, record.place.country)}
            </dd>
          </>
        )}
        {record.type === 'training' && record.participants !== undefined && (
          <>
            <dt>{t('records.participants')}</dt>
            <dd>
              <FigureText figure={record.participants} />
            </dd>
          </>
        )}
        {record.type === 'partnership' && record.amount !== undefined && (
          <>
            <dt>{t('records.amount')}</dt>
            <dd>
              <FigureText
                figure={record.amount.value}
                format={(value) => formatCurrency(value, record.amount?.currency ?? 'USD')}
              />
            </dd>
          </>
        )}
        <dt>{t('records.confidence')}</dt>
        <dd>
          <span className={`confidence confidence-${record.confidence}`}>
            {t(`confidence.${record.confidence}`)}
          </span>
          {record.confidenceNote && <span className="confidence-note"> {record.confidenceNote}</span>}
        </dd>
      </dl>
      {record.summary && <p className="record-summary">{record.summary}</p>}
      <PartyList model={model} record={record} />
      <SourceList model={model} sourceIds={record.sources} />
    </article>
  );
}
