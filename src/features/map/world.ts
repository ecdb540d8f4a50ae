import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import type { LatLon } from './geo/anchors';
import { shapeAnchors } from './geo/country-anchors';
import { worldCountries } from './geo/world-countries';

export interface CountryFeatureProperties {
  iso3: string | null;
  /** The basemap's label, for countries the dataset does not name. */
  name: string;
}

export interface World {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryFeatureProperties>;
  anchors: Map<string, LatLon>;
}

let world: World | undefined;

/**
 * The bundled basemap (Natural Earth 1:110m via world-atlas), converted once on first use. It
 * lives in the map's own chunk, so nothing loads it until the map opens.
 */
export function bundledWorld(): World {
  if (world === undefined) {
    const shapes = worldCountries(countries110m as unknown as Topology);
    const features: Feature<Polygon | MultiPolygon, CountryFeatureProperties>[] = shapes.map((shape) => ({
      type: 'Feature',
      geometry: shape.geometry,
      properties: { iso3: shape.iso3, name: shape.name },
    }));
    world = { countries: { type: 'FeatureCollection', features }, anchors: shapeAnchors(shapes) };
  }
  return world;
}
