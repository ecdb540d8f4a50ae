import { useQuery } from '@tanstack/react-query';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { useMemo } from 'react';
import type { CooperationRecord } from '../../data/schema/records';
import { countriesOfRecord, type DatasetModel } from '../../data/selectors/model';
import { countryName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';
import { project } from './geo/mercator';
import { worldFromTopology } from './world';
import { worldTopologyQuery } from './world-source';
import './static-brief-map.css';
import { HatchPattern } from '../../components/HatchPattern';

export interface StaticBriefMapProps {
  model: DatasetModel;
  /** The records of the brief. */
  records: CooperationRecord[];
  /** The country or two countries the brief is about: drawn black and labelled. */
  focus: string[];
}

// Latitudes the map keeps: every inhabited country, without Mercator's polar sprawl.
const NORTH = project({ lat: 72, lon: 0 }).y;
const SOUTH = project({ lat: -50, lon: 0 }).y;
const WIDTH = 256;

/**
 * The map as paper shows it: a static SVG of the world (no tiles, no canvas, nothing to load at print
 * time), the brief's countries in black with their names, partner countries hatched, and a line from
 * each brief country to each partner. Hatching and labels, not colour, carry the meaning, so a
 * greyscale printer keeps it. Drawn from the bundled basemap the interactive map uses.
 */
export default function StaticBriefMap({ model, records, focus }: StaticBriefMapProps) {
  const { t, locale } = useI18n();
  const basemap = useQuery(worldTopologyQuery);
  const world = useMemo(
    () => (basemap.data === undefined ? null : worldFromTopology(basemap.data)),
    [basemap.data],
  );
  const partners = useMemo(() => {
    const found = new Set<string>();
    for (const record of records) for (const iso3 of countriesOfRecord(model, record)) found.add(iso3);
    for (const iso3 of focus) found.delete(iso3);
    return found;
  }, [model, records, focus]);
  if (world === null) return null;
  const names = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(
    focus.map((iso3) => countryName(model, iso3)),
  );
  const title = t('print.map.title', { countries: names });
  const point = (iso3: string) => {
    const anchor = world.anchors.get(iso3);
    return anchor === undefined ? null : project(anchor);
  };
  return (
    <figure className="static-brief-map">
      <svg
        viewBox={`0 ${NORTH} ${WIDTH} ${SOUTH - NORTH}`}
        role="img"
        aria-label={title}
        preserveAspectRatio="xMidYMid meet"
      >
        <defs>
          <HatchPattern id="static-map-hatch" size={1.6} background="#fff" stroke="#000" strokeWidth={0.7} />
        </defs>
        <rect x="0" y={NORTH} width={WIDTH} height={SOUTH - NORTH} fill="#fff" />
        {world.countries.features.map((feature, index) => {
          const iso3 = feature.properties.iso3;
          const kind =
            iso3 !== null && focus.includes(iso3)
              ? 'focus'
              : iso3 !== null && partners.has(iso3)
                ? 'partner'
                : 'other';
          return (
            <path
              key={iso3 ?? `shape-${index}`}
              className={`static-map-${kind}`}
              d={pathOf(feature.geometry)}
            />
          );
        })}
        {focus.flatMap((from) => {
          const start = point(from);
          if (start === null) return [];
          return [...partners].map((to) => {
            const end = point(to);
            return end === null ? null : (
              <line
                key={`${from}-${to}`}
                className="static-map-link"
                x1={start.x}
                y1={start.y}
                x2={end.x}
                y2={end.y}
              />
            );
          });
        })}
        {focus.map((iso3) => {
          const at = point(iso3);
          if (at === null) return null;
          // Labels sit to the right, or to the left near the eastern edge, so none runs off the map.
          const left = at.x > WIDTH * 0.8;
          return (
            <g key={iso3} className="static-map-label">
              <circle cx={at.x} cy={at.y} r="1.6" />
              <text x={at.x + (left ? -3 : 3)} y={at.y + 1.5} textAnchor={left ? 'end' : 'start'}>
                {countryName(model, iso3)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="static-map-key static-map-key-focus" aria-hidden="true" />{' '}
        {t('print.map.legendFocus')}{' '}
        <span className="static-map-key static-map-key-partner" aria-hidden="true" />{' '}
        {t('print.map.legendPartner')}
      </figcaption>
    </figure>
  );
}

/** An SVG path of a country in the map's Web Mercator units. */
function pathOf(geometry: Polygon | MultiPolygon): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const ring = (positions: Position[]) =>
    positions
      .map(([lon = 0, lat = 0], index) => {
        const { x, y } = project({ lat, lon });
        return `${index === 0 ? 'M' : 'L'}${x.toFixed(2)} ${y.toFixed(2)}`;
      })
      .join('') + 'Z';
  return polygons.flatMap((polygon) => polygon.map(ring)).join('');
}
