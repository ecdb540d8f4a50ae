import type { CountryLink } from '../../data/selectors/links';
import { useI18n } from '../../i18n/i18n-context';
import { flowKey } from './use-map-data';

interface FlowListProps {
  links: CountryLink[];
  highlighted: string | null;
  label: (link: CountryLink) => string;
  onHighlight: (key: string | null) => void;
}

/** Every flow between countries, most links first; selecting one highlights it on the map and opens its label. */
export function FlowList({ links, highlighted, label, onHighlight }: FlowListProps) {
  const { t } = useI18n();
  return (
    <section className="map-list" aria-labelledby="map-flows-heading">
      <h2 id="map-flows-heading">{t('map.flows.heading')}</h2>
      {links.length === 0 ? (
        <p>{t('map.flows.empty')}</p>
      ) : (
        <>
          <p className="map-list-hint">{t('map.flows.hint')}</p>
          <ul>
            {links.map((link) => {
              const key = flowKey(link);
              const pressed = key === highlighted;
              return (
                <li key={key}>
                  <button
                    type="button"
                    className="map-list-button"
                    aria-pressed={pressed}
                    onClick={() => onHighlight(pressed ? null : key)}
                  >
                    {label(link)}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
