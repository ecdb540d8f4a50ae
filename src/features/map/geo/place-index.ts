import Supercluster from 'supercluster';
import type { RecordPlace } from '../../../data/selectors/places';

interface PlaceProperties {
  key: string;
  count: number;
}
interface ClusterProperties {
  count: number;
}

/** Places indexed for clustering: built once per set of records, then queried on every pan and zoom. */
export type PlaceIndex = Supercluster<PlaceProperties, ClusterProperties>;

/** What the map draws for the current view: a cluster of places, or one place. Counts are records, not places. */
export type PlaceItem =
  | { kind: 'cluster'; clusterId: number; lat: number; lon: number; count: number; places: number }
  | { kind: 'place'; key: string; lat: number; lon: number; count: number };

/**
 * Indexes places with supercluster (100k points in about a second, then each view in well under
 * a frame; leaflet.markercluster blocks the page for seconds at that size). Clusters form up to
 * `maxZoom`; above it every place stands alone, so pass one less than the map's maximum zoom.
 */
export function buildPlaceIndex(places: readonly RecordPlace[], maxZoom: number): PlaceIndex {
  const index: PlaceIndex = new Supercluster<PlaceProperties, ClusterProperties>({
    maxZoom,
    // In supercluster's 512-unit tiles: about 50 screen pixels in Leaflet's 256-pixel tiles, so markers do not overlap.
    radius: 100,
    map: (properties) => ({ count: properties.count }),
    reduce: (accumulated, properties) => {
      accumulated.count += properties.count;
    },
  });
  return index.load(
    places.map((place) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: { key: place.key, count: place.recordIds.length },
    })),
  );
}

const wholeDatasetIndexes = new WeakMap<object, PlaceIndex>();

/**
 * The place index for the records on the map. When they are the whole dataset, say so by passing
 * the dataset (isWholeDataset in record-index.ts decides): its index is built once and reused, since
 * clearing the filters is the change readers make most, and at 100k records indexing every place
 * again took longer than the rest of that change. For any other list pass null: it is indexed afresh.
 */
export function placeIndexFor(
  places: readonly RecordPlace[],
  maxZoom: number,
  wholeDataset: object | null,
): PlaceIndex {
  if (wholeDataset === null) return buildPlaceIndex(places, maxZoom);
  let index = wholeDatasetIndexes.get(wholeDataset);
  if (index === undefined) {
    index = buildPlaceIndex(places, maxZoom);
    wholeDatasetIndexes.set(wholeDataset, index);
  }
  return index;
}

/** The clusters and places inside a box (west, south, east, north in degrees) at a zoom. */
export function placeItems(
  index: PlaceIndex,
  bbox: [number, number, number, number],
  zoom: number,
): PlaceItem[] {
  return index.getClusters(clampBBox(bbox), Math.round(zoom)).map((feature) => {
    const [lon = 0, lat = 0] = feature.geometry.coordinates;
    const properties = feature.properties;
    if ('cluster' in properties && properties.cluster) {
      return {
        kind: 'cluster',
        clusterId: properties.cluster_id,
        lat,
        lon,
        count: properties.count,
        places: properties.point_count,
      };
    }
    const place = properties as PlaceProperties;
    return { kind: 'place', key: place.key, lat, lon, count: place.count };
  });
}

/**
 * A view box that supercluster can read. A box wider than the world (zoomed out, or panned past
 * the 180° meridian) becomes the whole world; supercluster itself handles a box that crosses 180°.
 */
export function clampBBox([west, south, east, north]: [number, number, number, number]): [
  number,
  number,
  number,
  number,
] {
  const lat = (value: number) => Math.max(-90, Math.min(90, value));
  if (east - west >= 360) return [-180, lat(south), 180, lat(north)];
  if (west >= -180 && east <= 180) return [west, lat(south), east, lat(north)];
  const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;
  return [wrap(west), lat(south), wrap(east), lat(north)];
}
