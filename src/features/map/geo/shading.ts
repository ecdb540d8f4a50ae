/** One class of the choropleth: counts from `min` to `max`, both included. */
export interface ShadeClass {
  min: number;
  max: number;
  colour: string;
}

/** The five class colours, fewest records first. */
export type ShadePalette = readonly [string, string, string, string, string];

/**
 * One palette per theme, after ColorBrewer's YlGnBu (sequential, colour-blind safe). Every class
 * holds 3:1 against the map's sea in its theme (WCAG non-text contrast; --color-map-sea in
 * styles.css), so no class fades into the background: on the light map the classes run from a
 * mid green to navy (more records, darker); on the dark map YlGnBu runs the other way, from a
 * mid blue to pale yellow (more records, lighter), as the darkest blues vanished there.
 * Neighbouring classes also differ in hue, not only in lightness.
 */
export const SHADE_PALETTES: { light: ShadePalette; dark: ShadePalette } = {
  light: ['#3d9a50', '#1a8291', '#1f5fa8', '#2b318c', '#0d1445'],
  dark: ['#2f7fc0', '#41b6c4', '#7fcdbb', '#c7e9b4', '#ffffcc'],
};
/** The map's sea in each theme (--color-map-sea): what the classes must stand out from. */
export const MAP_SEA = { light: '#eef3f7', dark: '#1a2430' } as const;
/** Countries with no records under the filters: neutral, so nothing looks like "a few". */
export const NO_DATA_COLOUR = '#e3e3e0';

/**
 * Class breaks for record counts, growing geometrically from 1 to the largest count: counts are
 * skewed (one country in most records, many in one or two), and equal steps would put nearly
 * every country in the first class. Breaks are whole numbers; small maxima give fewer classes.
 */
export function shadeClasses(
  maxCount: number,
  palette: ShadePalette = SHADE_PALETTES.light,
  classCount = palette.length,
): ShadeClass[] {
  if (maxCount < 1) return [];
  const uppers: number[] = [];
  for (let index = 1; index <= classCount; index += 1) {
    const upper = index === classCount ? maxCount : Math.round(maxCount ** (index / classCount));
    const last = uppers[uppers.length - 1] ?? 0;
    if (upper > last) uppers.push(upper);
  }
  // Spread the colours over the palette when there are fewer classes than colours, keeping its ends.
  const colourAt = (index: number) => {
    const position =
      uppers.length === 1 ? palette.length - 1 : (index * (palette.length - 1)) / (uppers.length - 1);
    return palette[Math.round(position)] ?? NO_DATA_COLOUR;
  };
  return uppers.map((max, index) => ({ min: (uppers[index - 1] ?? 0) + 1, max, colour: colourAt(index) }));
}

/** The fill for a count under the given classes; the neutral colour for none. */
export function shadeFor(count: number, classes: readonly ShadeClass[]): string {
  if (count < 1) return NO_DATA_COLOUR;
  return (
    classes.find((shade) => count <= shade.max)?.colour ??
    classes[classes.length - 1]?.colour ??
    NO_DATA_COLOUR
  );
}
