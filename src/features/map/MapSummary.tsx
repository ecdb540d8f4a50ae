import type { CountryCount } from '../../data/selectors/involvement';
import type { CountryLink } from '../../data/selectors/links';
import { useI18n } from '../../i18n/i18n-context';

interface MapSummaryProps {
  involvement: CountryCount[];
  links: CountryLink[];
  name: (iso3: string) => string;
}

/** The map in one sentence, for readers who cannot see it and for a quick read by everyone. */
export function MapSummary({ involvement, links, name }: MapSummaryProps) {
  const { t } = useI18n();
  if (involvement.length === 0) return <p className="map-summary">{t('map.summary.none')}</p>;
  const countries = t('map.summary.countries', { count: involvement.length });
  const largest = links[0];
  return (
    <p className="map-summary">
      {largest === undefined
        ? t('map.summary.noFlows', { countries })
        : t('map.summary.largestFlow', {
            countries,
            from: name(largest.from),
            to: name(largest.to),
            count: largest.count,
          })}
    </p>
  );
}
