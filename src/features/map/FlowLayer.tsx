import type { Polygon as LeafletPolygon, Polyline as LeafletPolyline } from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Polygon, Polyline, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import { useThemeColours } from '../../components/theme-colours';
import type { CountryLink } from '../../data/selectors/links';
import { memoFlowCurve, memoFlowPositions } from './geo/flow-memo';
import type { DrawnFlow } from './use-map-data';

interface FlowLayerProps {
  flows: DrawnFlow[];
  selectedCountry: string | null;
  /** The flow picked in the list: it stands out and its label stays open. */
  highlighted: string | null;
  label: (link: CountryLink) => string;
}

/** Curved arrows from provider to recipient, as wide as their number of links. */
export function FlowLayer({ flows, selectedCountry, highlighted, label }: FlowLayerProps) {
  const map = useMap();
  const colours = useThemeColours();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });

  // Arrowheads keep their size in pixels, so shapes follow the zoom; curves are computed once per flow.
  const shapes = useMemo(
    () =>
      flows.map((flow) => ({
        flow,
        ...memoFlowPositions(memoFlowCurve(flow.from, flow.to), zoom, flow.weight),
      })),
    [flows, zoom],
  );

  const isStrong = (link: CountryLink, key: string) =>
    highlighted !== null
      ? key === highlighted
      : selectedCountry !== null && (link.from === selectedCountry || link.to === selectedCountry);
  const anyStrong = highlighted !== null || selectedCountry !== null;

  // Thin flows are drawn over thick ones (links come most links first), so none hides behind another.
  return (
    <>
      {shapes.map(({ flow, line, head }) => {
        const strong = isStrong(flow.link, flow.key);
        const dimmed = anyStrong && !strong;
        const colour = dimmed ? colours.flowDimmed : strong ? colours.flowStrong : colours.flow;
        const opacity = dimmed ? 0.3 : 0.9;
        const pinned = flow.key === highlighted;
        return (
          <FlowShape
            key={flow.key}
            positions={line}
            head={head}
            weight={flow.weight + (strong ? 1 : 0)}
            colour={colour}
            opacity={opacity}
            pinned={pinned}
            front={strong}
            text={label(flow.link)}
          />
        );
      })}
    </>
  );
}

interface FlowShapeProps {
  positions: [number, number][];
  head: [number, number][];
  weight: number;
  colour: string;
  opacity: number;
  pinned: boolean;
  /** Brought in front of the other flows (Leaflet stacks layers in the order they were added). */
  front: boolean;
  text: string;
}

function FlowShape({ positions, head, weight, colour, opacity, pinned, front, text }: FlowShapeProps) {
  const lineRef = useRef<LeafletPolyline>(null);
  const headRef = useRef<LeafletPolygon>(null);
  useEffect(() => {
    if (!front) return;
    lineRef.current?.bringToFront();
    headRef.current?.bringToFront();
  }, [front, positions]);
  return (
    <>
      <Polyline
        ref={lineRef}
        positions={positions}
        // Leaflet reads a path's class once, when it creates the element: so a prop, not a path option.
        className="map-flow"
        pathOptions={{ color: colour, weight, opacity, lineCap: 'butt' }}
      >
        {/* A tooltip's options are read once: remount it when it switches between pinned and hover. */}
        <Tooltip key={pinned ? 'pinned' : 'hover'} sticky={!pinned} permanent={pinned} direction="top">
          {text}
        </Tooltip>
      </Polyline>
      {head.length === 3 && (
        <Polygon
          ref={headRef}
          positions={head}
          interactive={false}
          pathOptions={{ color: colour, fillColor: colour, fillOpacity: opacity, opacity, weight: 1 }}
        />
      )}
    </>
  );
}
