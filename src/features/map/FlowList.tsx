import { useState } from 'react';
import type { BriefLinks } from '../../components/brief-links';
import type { MapRecordLinks } from '../../components/record-links';
import type { CountryLink } from '../../data/selectors/links';
import type { DatasetModel } from '../../data/selectors/model';
import { FlowDetails } from './FlowDetails';
import { useI18n } from '../../i18n/i18n-context';
import { flowKey } from './use-map-data';

interface FlowListProps {
  links: CountryLink[];
  highlighted: string | null;
  label: (link: CountryLink) => string;
  onHighlight: (key: string | null) => void;
  name: (iso3: string) => string;
  /** Where present, the highlighted flow leads on to the brief of its two countries. */
  briefLinks?: BriefLinks | undefined;
  /** Where present, the highlighted flow leads on to its records. */
  recordLinks?: MapRecordLinks | undefined;
  /** For the highlighted flow's details (who carried out its work). */
  model: DatasetModel;
}

/**
 * How many flows the list shows before "Show all". A national dataset links thousands of country
 * pairs; rendering a button for each at every filter change took longer than everything else the
 * change does, and a reader looks at the strongest first.
 */
export const FLOWS_SHOWN = 50;

/** Every flow between countries, most links first; selecting one highlights it on the map and opens its label. */
export function FlowList(props: FlowListProps) {
  const { links, highlighted, label, onHighlight, name, briefLinks, recordLinks, model } = props;
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? links : links.slice(0, FLOWS_SHOWN);
  return (
    <section className="map-list" aria-labelledby="map-flows-heading">
      <h2 id="map-flows-heading">{t('map.flows.heading')}</h2>
      {links.length === 0 ? (
        <p>{t('map.flows.empty')}</p>
      ) : (
        <>
          <p className="map-list-hint">{t('map.flows.hint')}</p>
          <ul>
            {shown.map((link) => {
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
                  {pressed && (
                    <FlowDetails
                      model={model}
                      link={link}
                      name={name}
                      briefLinks={briefLinks}
                      recordLinks={recordLinks}
                    />
                  )}
                </li>
              );
            })}
          </ul>
          {links.length > FLOWS_SHOWN && (
            <button
              type="button"
              className="map-show-all"
              aria-expanded={expanded}
              onClick={() => setExpanded((value) => !value)}
            >
              {expanded ? t('map.selection.showFewer') : t('map.flows.showAll', { count: links.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
