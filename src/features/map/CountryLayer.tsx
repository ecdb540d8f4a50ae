import type { Feature, Geometry } from 'geojson';
import type { GeoJSON as LeafletGeoJSON, Path, PathOptions } from 'leaflet';
import { useCallback, useEffect, useRef, useState } from 'react';
import { GeoJSON, Tooltip } from 'react-leaflet';
import { useThemeColours } from '../../components/theme-colours';
import { shadeFor, type ShadeClass } from './geo/shading';
import type { CountryFeatureProperties, World } from './world';

interface CountryLayerProps {
  world: World;
  countsByIso3: Map<string, number>;
  classes: ShadeClass[];
  selectedCountry: string | null;
  /** The label of a country with records, for its hover tooltip. */
  label: (iso3: string, count: number) => string;
  onSelect: (iso3: string) => void;
}

type CountryFeature = Feature<Geometry, CountryFeatureProperties>;

/** The basemap, shaded by how many records involve each country; countries with records can be hovered and clicked. */
export function CountryLayer({
  world,
  countsByIso3,
  classes,
  selectedCountry,
  label,
  onSelect,
}: CountryLayerProps) {
  const [hovered, setHovered] = useState<string | null>(null);
  const colours = useThemeColours();

  const style = useCallback(
    (feature?: CountryFeature): PathOptions & { interactive: boolean } => {
      const iso3 = feature?.properties.iso3 ?? null;
      const count = iso3 === null ? 0 : (countsByIso3.get(iso3) ?? 0);
      const selected = iso3 !== null && iso3 === selectedCountry;
      return {
        interactive: count > 0,
        // The classes come in the theme's palette (shading.ts); land without records and the edges
        // follow the theme too, so the map does not glare on a dark page.
        fillColor: count > 0 ? shadeFor(count, classes) : colours.mapLand,
        fillOpacity: 1,
        color: selected ? colours.mapSelected : count > 0 ? colours.mapEdge : colours.background,
        weight: selected ? 2.5 : count > 0 ? 0.8 : 0.6,
        className: count > 0 ? 'map-country map-country-data' : 'map-country',
      };
    },
    [countsByIso3, classes, selectedCountry, colours],
  );

  // The layer is made once: rebuilding 177 country shapes at every filter change cost more than the
  // rest of the change. Its shapes are restyled here, in place, and only those whose look changed
  // (react-leaflet, given a new `style`, would rewrite every attribute of every shape: a few ms of
  // each filter change). Leaflet reads a path's interactivity and class only when it is created, so
  // those two are kept in step here too (with the country's code on the path, for checks of where it is drawn).
  const [initialStyle] = useState(() => style);
  const layer = useRef<LeafletGeoJSON>(null);
  useEffect(() => {
    layer.current?.eachLayer((child) => {
      const path = child as Path & { feature?: CountryFeature };
      const element = path.getElement();
      if (element === undefined) return;
      const next = style(path.feature);
      const now = path.options;
      if (now.fillColor !== next.fillColor || now.color !== next.color || now.weight !== next.weight)
        path.setStyle(next);
      const hasRecords = next.interactive;
      element.classList.toggle('leaflet-interactive', hasRecords);
      element.classList.toggle('map-country-data', hasRecords);
      const iso3 = path.feature?.properties.iso3 ?? null;
      if (iso3 !== null) element.setAttribute('data-country', iso3);
      element.classList.toggle('map-country-selected', iso3 !== null && iso3 === selectedCountry);
      // Drawn last, so its neighbours' edges do not cover the selected country's outline.
      if (iso3 !== null && iso3 === selectedCountry) path.bringToFront();
    });
  }, [style, selectedCountry]);

  const iso3Of = (layer: unknown) =>
    (layer as { feature?: CountryFeature } | undefined)?.feature?.properties.iso3 ?? null;
  const hoveredCount = hovered === null ? 0 : (countsByIso3.get(hovered) ?? 0);

  return (
    <GeoJSON
      ref={layer}
      data={world.countries}
      style={initialStyle}
      eventHandlers={{
        click: (event) => {
          const iso3 = iso3Of(event.propagatedFrom);
          if (iso3 !== null) onSelect(iso3);
        },
        mouseover: (event) => setHovered(iso3Of(event.propagatedFrom)),
        mouseout: () => setHovered(null),
      }}
    >
      <Tooltip sticky>{hovered !== null && hoveredCount > 0 ? label(hovered, hoveredCount) : null}</Tooltip>
    </GeoJSON>
  );
}
