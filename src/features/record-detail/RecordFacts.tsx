import { PeriodText } from '../../components/PeriodText';
import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName, localisedName, placeIsCountry } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';
import { AmountFacts } from './AmountFacts';
import { FigureDetail } from './FigureDetail';
import { OriginFacts } from './OriginFacts';

/** The record's when, where, how much and how sure, as a list of terms and values. */
export function RecordFacts({ model, record }: { model: DatasetModel; record: CooperationRecord }) {
  const { t, formatNumber } = useI18n();
  const { place } = record;
  const degrees = (value: number) => formatNumber(value, { maximumFractionDigits: 4 });
  return (
    <dl className="record-detail-facts">
      <dt>{t('recordDetail.period')}</dt>
      <dd>
        <PeriodText period={record.period} />
      </dd>
      {record.type === 'partnership' && (
        <>
          <dt>{t('recordDetail.status')}</dt>
          <dd>{t(`partnershipStatus.${record.status}`)}</dd>
        </>
      )}
      {place !== undefined && (
        <>
          <dt>{t('recordDetail.place')}</dt>
          <dd>
            {placeIsCountry(model, place)
              ? countryName(model, place.country)
              : t('recordDetail.placeIn', {
                  place: localisedName(model, place),
                  country: countryName(model, place.country),
                })}
            {place.approximate === true && (
              <p className="detail-note">{t('recordDetail.placeApproximate')}</p>
            )}
          </dd>
          {place.coordinates !== undefined && (
            <>
              <dt>{t('recordDetail.coordinates')}</dt>
              <dd>
                {t('recordDetail.coordinatesValue', {
                  lat: degrees(place.coordinates.lat),
                  lon: degrees(place.coordinates.lon),
                })}
              </dd>
            </>
          )}
        </>
      )}
      {record.type === 'partnership' && record.amount !== undefined && (
        <AmountFacts model={model} amount={record.amount} recordSources={record.sources} />
      )}
      {record.type === 'training' && record.participants !== undefined && (
        <>
          <dt>{t('recordDetail.participants')}</dt>
          <dd>
            <FigureDetail model={model} figure={record.participants} recordSources={record.sources} />
          </dd>
        </>
      )}
      {record.origin !== undefined && <OriginFacts origin={record.origin} />}
      <dt>{t('recordDetail.confidence')}</dt>
      <dd>
        <span className={`confidence confidence-${record.confidence}`}>
          {t(`confidence.${record.confidence}`)}
        </span>
        {record.confidenceNote !== undefined && <p className="detail-note">{record.confidenceNote}</p>}
      </dd>
    </dl>
  );
}
