import { useMemo } from 'react';
import type { CooperationRecord } from '../../data/schema/records';
import { countryInvolvement, type CountryCount } from '../../data/selectors/involvement';
import { countryLinks, type CountryLink } from '../../data/selectors/links';
import type { DatasetModel } from '../../data/selectors/model';
import { placeSummary } from '../../data/selectors/place-summary';
import { isWholeDataset } from '../../data/selectors/record-index';
import {
  approximatePlaces,
  firstPlaceByCountry,
  recordPlaces,
  type ApproximatePlace,
  type RecordPlace,
} from '../../data/selectors/places';
import type { LatLon } from './geo/anchors';
import { anchorLookup } from './geo/country-anchors';
import { boxAround, countryBoxes, toLatLngBounds } from './geo/extent';
import { flowWeight } from './geo/flow-geometry';
import { placeIndexFor, type PlaceIndex } from './geo/place-index';
import { shadeClasses, type ShadeClass, type ShadePalette } from './geo/shading';
import { SMALL_COUNTRY_ANCHORS } from './geo/small-country-anchors';
import { MAX_ZOOM } from './map-options';
import type { World } from './world';

/** A link between two countries that both have a position on the map. */
export interface DrawnFlow {
  key: string;
  link: CountryLink;
  /** Where the flow starts and ends: the two countries' anchors (its curve is drawn only if it is drawn). */
  from: LatLon;
  to: LatLon;
  weight: number;
}

export interface MapData {
  involvement: CountryCount[];
  countsByIso3: Map<string, number>;
  classes: ShadeClass[];
  links: CountryLink[];
  flows: DrawnFlow[];
  /** Where the map finds a country's position (its anchor), for flows and approximate places. */
  anchorOf: (iso3: string) => LatLon | null;
  /** Whether there are places with coordinates, and places drawn at their country, for the legend. */
  hasPlaces: boolean;
  hasApproximatePlaces: boolean;
  withoutCoordinates: number;
  /** What "fit the data" fits: the involved countries' shapes (or anchors); null when nothing is involved. */
  bounds: LatLngBox | null;
  /** The selected or filtered countries: what must stay on screen when `bounds` is too wide for the map. */
  focusBounds: LatLngBox | null;
}

type LatLngBox = [[number, number], [number, number]];

/** A flow's key, as the URL's `flow` parameter writes it: JPN-UKR. */
export const flowKey = (link: Pick<CountryLink, 'from' | 'to'>) => `${link.from}-${link.to}`;

/**
 * Places for records that name only their country, at the country's anchor (where its flows meet),
 * keyed apart from any coordinates. A country the map cannot place at all (no shape, no known
 * anchor) is left off, as its shading and flows are; the country list still names it.
 */
export function anchoredApproximatePlaces(
  groups: readonly ApproximatePlace[],
  anchorOf: (iso3: string) => LatLon | null,
): RecordPlace[] {
  const places: RecordPlace[] = [];
  for (const group of groups) {
    const anchor = anchorOf(group.country);
    if (anchor === null) continue;
    places.push({
      key: `country:${group.country}`,
      lat: anchor.lat,
      lon: anchor.lon,
      name: group.name,
      ...(group.names !== undefined && { names: group.names }),
      country: group.country,
      recordIds: group.recordIds,
      approximate: true,
    });
  }
  return places;
}

/**
 * Everything the map draws, derived from the filtered records and memoised on them, so pans,
 * hovers and selections never recompute it. Anchors depend on the whole dataset only, so a
 * country's flows do not move when the filters change.
 */
export function useMapData(
  model: DatasetModel,
  records: CooperationRecord[],
  world: World,
  palette: ShadePalette,
  focus: readonly string[],
): MapData {
  const anchorOf = useMemo(() => {
    const placeAnchors = new Map<string, LatLon>();
    for (const [iso3, coordinates] of firstPlaceByCountry(model.dataset.records))
      placeAnchors.set(iso3, coordinates);
    return anchorLookup(world.anchors, SMALL_COUNTRY_ANCHORS, placeAnchors);
  }, [model, world]);

  const involvement = useMemo(() => countryInvolvement(model, records), [model, records]);
  const links = useMemo(() => countryLinks(model, records), [model, records]);
  const places = useMemo(() => placeSummary(records), [records]);

  return useMemo(() => {
    const countsByIso3 = new Map(involvement.map(({ iso3, count }) => [iso3, count]));
    const maxLinks = links[0]?.count ?? 0;
    const flows: DrawnFlow[] = [];
    for (const link of links) {
      const from = anchorOf(link.from);
      const to = anchorOf(link.to);
      if (from === null || to === null) continue;
      flows.push({
        key: flowKey(link),
        link,
        from,
        to,
        weight: flowWeight(link.count, maxLinks),
      });
    }
    const box = (iso3s: readonly string[]) => {
      const around = boxAround(countryBoxes(iso3s, world.boxes, anchorOf));
      return around === null ? null : toLatLngBounds(around);
    };
    return {
      involvement,
      countsByIso3,
      classes: shadeClasses(involvement[0]?.count ?? 0, palette),
      links,
      flows,
      anchorOf,
      hasPlaces: places.hasPlaces,
      hasApproximatePlaces: places.approximateCountries.some((iso3) => anchorOf(iso3) !== null),
      withoutCoordinates: places.withoutCoordinates,
      bounds: box(involvement.map(({ iso3 }) => iso3)),
      focusBounds: box(focus),
    };
  }, [anchorOf, involvement, links, places, palette, focus, world]);
}

/** The places the map draws and their clusters (PlaceLayer asks only while they are shown). */
export interface PlaceData {
  index: PlaceIndex;
  placesByKey: Map<string, RecordPlace>;
}

/**
 * The places of the records, exact and at their country's anchor, indexed for clustering; null
 * while `wanted` is false. Places show from a zoom on (or when the reader asks), so at the world
 * view a filter change builds none: at 100k records that was a fifth of the change.
 */
export function usePlaceData(
  model: DatasetModel,
  records: CooperationRecord[],
  anchorOf: (iso3: string) => LatLon | null,
  wanted: boolean,
): PlaceData | null {
  return useMemo(() => {
    if (!wanted) return null;
    const exact = recordPlaces(records);
    const places = [...exact.places, ...anchoredApproximatePlaces(approximatePlaces(records), anchorOf)];
    return {
      index: placeIndexFor(
        places,
        MAX_ZOOM - 1,
        isWholeDataset(records, model) ? model.dataset.records : null,
      ),
      placesByKey: new Map(places.map((place) => [place.key, place])),
    };
  }, [model, records, anchorOf, wanted]);
}
