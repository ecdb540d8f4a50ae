import type { CountryCount } from '../../data/selectors/involvement';
import { useI18n } from '../../i18n/i18n-context';

interface CountryListProps {
  involvement: CountryCount[];
  selectedCountry: string | null;
  name: (iso3: string) => string;
  onSelectCountry: (iso3: string | null) => void;
}

/** Every country on the map with its record count, as buttons: the keyboard's way to what a click on the map does. */
export function CountryList({ involvement, selectedCountry, name, onSelectCountry }: CountryListProps) {
  const { t } = useI18n();
  return (
    <section className="map-list" aria-labelledby="map-countries-heading">
      <h2 id="map-countries-heading">{t('map.countries.heading')}</h2>
      {involvement.length === 0 ? (
        <p>{t('map.countries.empty')}</p>
      ) : (
        <ul>
          {involvement.map(({ iso3, count }) => {
            const selected = iso3 === selectedCountry;
            return (
              <li key={iso3}>
                <button
                  type="button"
                  className="map-list-button"
                  data-country={iso3}
                  aria-pressed={selected}
                  onClick={() => onSelectCountry(selected ? null : iso3)}
                >
                  {t('map.countries.item', { name: name(iso3), count })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
