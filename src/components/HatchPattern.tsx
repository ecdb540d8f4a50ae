/**
 * Diagonal stripes for an SVG fill (`fill="url(#id)"`): how the charts mark an uncertain range,
 * and how the paper map and chart tell kinds apart without colour. Put it inside <defs>.
 */
export function HatchPattern({
  id,
  size,
  background,
  stroke,
  strokeWidth,
}: {
  id: string;
  /** The stripe period, in user units of the SVG. */
  size: number;
  background: string;
  stroke: string;
  strokeWidth: number;
}) {
  return (
    <pattern id={id} width={size} height={size} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width={size} height={size} fill={background} />
      <line x1={0} y1={0} x2={0} y2={size} stroke={stroke} strokeWidth={strokeWidth} />
    </pattern>
  );
}
