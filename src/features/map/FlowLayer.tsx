import type { Polygon as LeafletPolygon, Polyline as LeafletPolyline } from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Polygon, Polyline, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import { useThemeColours } from '../../components/theme-colours';
import type { CountryLink } from '../../data/selectors/links';
import { arrivalTips } from './geo/arrival-anchors';
import { flowCurve } from './geo/flow-geometry';
import { memoFlowCurve, memoFlowPositions } from './geo/flow-memo';
import type { DrawnFlow } from './use-map-data';

interface FlowLayerProps {
  flows: DrawnFlow[];
  selectedCountry: string | null;
  /** The flow picked in the list: it stands out and its label stays open. */
  highlighted: string | null;
  label: (link: CountryLink) => string;
  /** A click on a flow selects it (or clears it when it is the selected one), as its list button does. */
  onSelect: (key: string | null) => void;
}

/** Curved arrows from provider to recipient, as wide as their number of links. */
export function FlowLayer({ flows, selectedCountry, highlighted, label, onSelect }: FlowLayerProps) {
  const map = useMap();
  const colours = useThemeColours();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });

  // Arrowheads keep their size in pixels, so shapes follow the zoom; curves are computed once per flow.
  // Flows into a country with several end on a ring of distinct tips around it (arrival-anchors.ts),
  // and those curves follow the zoom too.
  const shapes = useMemo(() => {
    const tips = arrivalTips(
      flows.map((flow) => ({ key: flow.key, from: flow.from, to: flow.to, toCountry: flow.link.to })),
      zoom,
    );
    return flows.map((flow) => {
      const tip = tips.get(flow.key);
      const curve = tip === undefined ? memoFlowCurve(flow.from, flow.to) : flowCurve(flow.from, tip);
      return { flow, ...memoFlowPositions(curve, zoom, flow.weight) };
    });
  }, [flows, zoom]);

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
            to={flow.link.to}
            flowKey={flow.key}
            onSelect={() => onSelect(pinned ? null : flow.key)}
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
  /** The receiving country, on the arrowhead for checks of where arrows end. */
  to: string;
  flowKey: string;
  onSelect: () => void;
}

function FlowShape(props: FlowShapeProps) {
  const { positions, head, weight, colour, opacity, pinned, front, text, to, flowKey, onSelect } = props;
  const lineRef = useRef<LeafletPolyline>(null);
  const headRef = useRef<LeafletPolygon>(null);
  useEffect(() => {
    if (!front) return;
    lineRef.current?.bringToFront();
    headRef.current?.bringToFront();
  }, [front, positions]);
  // The flow's ends on its elements, for checks of where arrows are drawn.
  useEffect(() => {
    headRef.current?.getElement()?.setAttribute('data-to', to);
    lineRef.current?.getElement()?.setAttribute('data-flow', flowKey);
  }, [to, flowKey, head]);
  // react-leaflet rebinds handlers when this object changes: once per new handler, not per render.
  const handlers = useMemo(() => ({ click: onSelect }), [onSelect]);
  return (
    <>
      <Polyline
        ref={lineRef}
        positions={positions}
        // Leaflet reads a path's class once, when it creates the element: so a prop, not a path option.
        className="map-flow"
        pathOptions={{ color: colour, weight, opacity, lineCap: 'butt' }}
        eventHandlers={handlers}
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
          className="map-flow-head"
          pathOptions={{ color: colour, fillColor: colour, fillOpacity: opacity, opacity, weight: 1 }}
        />
      )}
    </>
  );
}
