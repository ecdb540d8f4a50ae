import { useI18n } from '../../i18n/i18n-context';
import type { ShadeClass } from './geo/shading';

interface MapLegendProps {
  classes: ShadeClass[];
  maxLinks: number;
  hasFlows: boolean;
  hasPlaces: boolean;
  /** Some records are drawn at their country, since they name no place in it. */
  hasApproximatePlaces?: boolean;
  withoutCoordinates: number;
  flowsNotDrawn: number;
  /** Flows left off the map because only the strongest are drawn (drawn-flows.ts). */
  weakerFlowsNotDrawn: number;
  flowsDrawn: number;
  /** The switch that shows places at every zoom (they show by themselves when zoomed in). */
  placesShown?: boolean;
  onShowPlaces?: (shown: boolean) => void;
}

/** What the colours, lines and circles mean, and what the map leaves out. */
export function MapLegend({
  classes,
  maxLinks,
  hasFlows,
  hasPlaces,
  hasApproximatePlaces = false,
  withoutCoordinates,
  flowsNotDrawn,
  weakerFlowsNotDrawn,
  flowsDrawn,
  placesShown = false,
  onShowPlaces,
}: MapLegendProps) {
  const { t, formatNumber } = useI18n();
  const range = (shade: ShadeClass) =>
    shade.min === shade.max
      ? formatNumber(shade.min)
      : t('map.legend.range', { min: formatNumber(shade.min), max: formatNumber(shade.max) });
  return (
    <section className="map-legend" aria-labelledby="map-legend-heading">
      <h2 id="map-legend-heading" className="visually-hidden">
        {t('map.legend.heading')}
      </h2>
      <div className="map-legend-shading">
        <p className="map-legend-title">{t('map.legend.shading')}</p>
        <ul className="map-legend-swatches">
          {classes.map((shade) => (
            <li key={shade.min}>
              <span className="map-swatch" style={{ backgroundColor: shade.colour }} aria-hidden="true" />
              {range(shade)}
            </li>
          ))}
          <li>
            <span className="map-swatch map-swatch-none" aria-hidden="true" />
            {t('map.legend.noRecords')}
          </li>
        </ul>
      </div>
      {hasFlows && (
        <p className="map-legend-flows">
          <span className="map-legend-arrow" aria-hidden="true" />
          {t('map.legend.flows')}{' '}
          {t('map.legend.flowWidth', { min: formatNumber(1), max: formatNumber(Math.max(maxLinks, 1)) })}
        </p>
      )}
      {/* One paragraph for places, their clusters and the switch: a compact embed has little height. */}
      {(hasPlaces || hasApproximatePlaces) && (
        <p className="map-legend-places">
          {hasPlaces && (
            <>
              <span className="map-legend-place" aria-hidden="true" />
              {t('map.legend.places')}{' '}
            </>
          )}
          <span className="map-legend-place map-legend-place-cluster" aria-hidden="true" />
          {t('map.legend.clusters')}
          {onShowPlaces !== undefined && (
            <>
              {' '}
              <label className="map-legend-places-switch">
                <input
                  type="checkbox"
                  checked={placesShown}
                  onChange={(event) => onShowPlaces(event.target.checked)}
                />{' '}
                {t('map.places.toggle')}
              </label>
            </>
          )}
        </p>
      )}
      {hasApproximatePlaces && (
        <p className="map-legend-places">
          <span className="map-legend-place map-legend-place-approximate" aria-hidden="true" />
          {t('map.legend.approximatePlaces')}
        </p>
      )}
      {withoutCoordinates > 0 && <p>{t('map.legend.leftOff', { count: withoutCoordinates })}</p>}
      {flowsNotDrawn > 0 && <p>{t('map.legend.flowsNotDrawn', { count: flowsNotDrawn })}</p>}
      {weakerFlowsNotDrawn > 0 && (
        <p>{t('map.legend.weakerFlows', { count: weakerFlowsNotDrawn, drawn: flowsDrawn })}</p>
      )}
      <p className="map-legend-source">{t('map.legend.basemap')}</p>
    </section>
  );
}
