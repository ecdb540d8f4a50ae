import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
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

const worlds = new WeakMap<Topology, World>();

/**
 * The basemap (Natural Earth 1:110m via world-atlas) as Leaflet-ready shapes and country anchors,
 * converted once per fetched topology, however many maps draw it.
 */
export function worldFromTopology(topology: Topology): World {
  let world = worlds.get(topology);
  if (world === undefined) {
    const shapes = worldCountries(topology);
    const features: Feature<Polygon | MultiPolygon, CountryFeatureProperties>[] = shapes.map((shape) => ({
      type: 'Feature',
      geometry: shape.geometry,
      properties: { iso3: shape.iso3, name: shape.name },
    }));
    world = { countries: { type: 'FeatureCollection', features }, anchors: shapeAnchors(shapes) };
    worlds.set(topology, world);
  }
  return world;
}
