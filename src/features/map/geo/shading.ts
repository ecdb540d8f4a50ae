/** One class of the choropleth: counts from `min` to `max`, both included. */
export interface ShadeClass {
  min: number;
  max: number;
  colour: string;
}

// ColorBrewer YlGnBu (5 classes): sequential, colour-blind safe, and it reads in greyscale print.
export const SHADE_PALETTE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
/** Countries with no records under the filters: neutral, so nothing looks like "a few". */
export const NO_DATA_COLOUR = '#e3e3e0';

/**
 * Class breaks for record counts, growing geometrically from 1 to the largest count: counts are
 * skewed (one country in most records, many in one or two), and equal steps would put nearly
 * every country in the first class. Breaks are whole numbers; small maxima give fewer classes.
 */
export function shadeClasses(maxCount: number, classCount = SHADE_PALETTE.length): ShadeClass[] {
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
      uppers.length === 1
        ? SHADE_PALETTE.length - 1
        : (index * (SHADE_PALETTE.length - 1)) / (uppers.length - 1);
    return SHADE_PALETTE[Math.round(position)] ?? NO_DATA_COLOUR;
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
