import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { LatLon } from './geo/anchors';
import { shapeAnchors } from './geo/country-anchors';
import { geometryBox, type GeoBox } from './geo/extent';
import { worldCountries } from './geo/world-countries';

export interface CountryFeatureProperties {
  iso3: string | null;
  /** The basemap's label, for countries the dataset does not name. */
  name: string;
}

export interface World {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryFeatureProperties>;
  anchors: Map<string, LatLon>;
  /** Each drawn country's box, for fitting the view to it. */
  boxes: Map<string, GeoBox>;
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
    const boxes = new Map<string, GeoBox>();
    for (const shape of shapes) {
      const box = shape.iso3 === null ? null : geometryBox(shape.geometry);
      if (shape.iso3 !== null && box !== null) boxes.set(shape.iso3, box);
    }
    world = { countries: { type: 'FeatureCollection', features }, anchors: shapeAnchors(shapes), boxes };
    worlds.set(topology, world);
  }
  return world;
}
