// WCAG 2.x contrast, for tests and checks of our own palettes: a few lines rather than a colour
// library, since only #rrggbb and the browser's computed rgb() forms ever come through here.

/** The red, green and blue channels (0-255) of `#rrggbb` or `rgb(r, g, b)`; null for anything else. */
export function parseColour(colour: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (hex !== null)
    return [hex[1], hex[2], hex[3]].map((part) => parseInt(part ?? '0', 16)) as [number, number, number];
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(colour.trim());
  if (rgb !== null)
    return [rgb[1], rgb[2], rgb[3]].map((part) => Number(part ?? '0')) as [number, number, number];
  return null;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(colour: string): number {
  const channels = parseColour(colour);
  if (channels === null) throw new Error(`Not a colour this check reads: ${colour}`);
  const [red, green, blue] = channels.map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}
