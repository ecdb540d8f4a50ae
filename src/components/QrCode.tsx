import { useMemo } from 'react';
import { qrShape } from './qr-path';

// The quiet zone the QR standard asks for around the code, in modules.
const QUIET_ZONE = 4;

interface QrCodeProps {
  /** What the code encodes, e.g. a page's address. */
  text: string;
  /** The accessible name of the image. */
  label: string;
  className?: string;
}

/** A QR code drawn as an SVG path; scales to its box, black on white so it prints in any mode. */
export function QrCode({ text, label, className }: QrCodeProps) {
  const { size, path } = useMemo(() => qrShape(text), [text]);
  const box = size + QUIET_ZONE * 2;
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${box} ${box}`}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={box} height={box} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
