import type { MultiPolygon, Polygon } from 'geojson';
// The default import: the package is CommonJS, and Node's ESM loader cannot see its named exports.
import isoCountries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { unwrapGeometry } from './antimeridian';
import { contiguousGeometry } from './extent';

/** One country of the basemap, ready for Leaflet: drawn in one piece across 180° and joined to its ISO alpha-3 code. */
export interface CountryShape {
  /** ISO 3166-1 alpha-3, or null for the few shapes that have no code (N. Cyprus, Somaliland). */
  iso3: string | null;
  /** The basemap's own label, kept for debugging; the interface names countries from the dataset. */
  name: string;
  geometry: Polygon | MultiPolygon;
}

// Shapes without an ISO numeric code. Kosovo's XK/XKX is the code that the EU, the IMF and the
// mine-action reports use; N. Cyprus and Somaliland stay without one, rather than be attributed.
const CODES_BY_NAME: Record<string, string> = { Kosovo: 'XKX' };

// Antarctica has no mine-action records, and in Web Mercator it would take a third of the world view.
const LEFT_OUT = new Set(['ATA']);

/**
 * The ISO alpha-3 code for a world-atlas feature: its id is the ISO 3166 numeric code ("036", as
 * text). Only the library's core tables are used; no locale is registered, so no names are bundled.
 */
export function iso3ForWorldAtlasFeature(id: string | number | undefined, name: string): string | null {
  if (id !== undefined && id !== '') {
    const code = isoCountries.numericToAlpha3(id);
    if (code !== undefined) return code;
  }
  return CODES_BY_NAME[name] ?? null;
}

interface CountryProperties {
  name?: string;
}

/** The countries of a world-atlas topology as unwrapped GeoJSON shapes with ISO alpha-3 codes. */
export function worldCountries(topology: Topology, objectName = 'countries'): CountryShape[] {
  const object = topology.objects[objectName] as GeometryCollection<CountryProperties> | undefined;
  if (object === undefined) return [];
  const shapes: CountryShape[] = [];
  for (const country of feature(topology, object).features) {
    const geometry = country.geometry;
    if (geometry === null || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const name = country.properties?.name ?? '';
    const iso3 = iso3ForWorldAtlasFeature(country.id, name);
    if (iso3 !== null && LEFT_OUT.has(iso3)) continue;
    shapes.push({ iso3, name, geometry: contiguousGeometry(unwrapGeometry(geometry)) });
  }
  return shapes;
}
