import type { CooperationRecord } from '../data/schema/records';
import type { RecordFilter } from '../data/selectors/filter';
import type { DatasetModel } from '../data/selectors/model';
import { CountryCard } from '../features/briefing/CountryCard';
import { PairCard } from '../features/briefing/PairCard';
import { useI18n } from '../i18n/i18n-context';
import { EMBED_HEADING_ID } from './landmarks';
import { checkCardCountries, type CardFocus, type CardKind } from './card-focus';

interface EmbedCardProps {
  model: DatasetModel;
  kind: CardKind;
  focus: CardFocus;
  /** The records under the embed's filters. */
  records: CooperationRecord[];
  filter: RecordFilter;
}

/**
 * A country or two-country card, or a message saying what is wrong with its countries. A lazy
 * chunk of its own: cards need neither Leaflet nor Recharts, and the map and chart embeds not this.
 */
export default function EmbedCard({ model, kind, focus, records, filter }: EmbedCardProps) {
  const { t } = useI18n();
  const checked = checkCardCountries(focus, (iso3) => model.countriesByIso3.has(iso3));
  if ('problem' in checked) {
    return (
      <>
        <h1 id={EMBED_HEADING_ID} className="visually-hidden">
          {t(`embed.card.${kind}`)}
        </h1>
        <p className="embed-problem" role="alert">
          {t(`embed.card.${checked.problem}`, { kind, value: checked.value })}
        </p>
      </>
    );
  }
  const { route } = checked;
  return route.name === 'country' ? (
    <CountryCard model={model} iso3={route.country} records={records} filter={filter} />
  ) : (
    <PairCard model={model} countries={route.countries} records={records} filter={filter} />
  );
}
