import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contrastRatio, relativeLuminance } from '../../../src/components/contrast';
import {
  MAP_SEA,
  NO_DATA_COLOUR,
  SHADE_PALETTES,
  shadeClasses,
  shadeFor,
} from '../../../src/features/map/geo/shading';

const SHADE_PALETTE = SHADE_PALETTES.light;
const STYLES = readFileSync('src/app/styles.css', 'utf8');

describe('shadeClasses', () => {
  it('grows geometrically from 1 to the largest count, in whole numbers', () => {
    expect(shadeClasses(85).map(({ min, max }) => [min, max])).toEqual([
      [1, 2],
      [3, 6],
      [7, 14],
      [15, 35],
      [36, 85],
    ]);
    expect(shadeClasses(85).map((shade) => shade.colour)).toEqual([...SHADE_PALETTE]);
  });

  it('covers every count from 1 to the maximum exactly once', () => {
    for (const max of [1, 2, 3, 7, 10, 100, 4321]) {
      const classes = shadeClasses(max);
      expect(classes[0]!.min).toBe(1);
      expect(classes[classes.length - 1]!.max).toBe(max);
      for (let index = 1; index < classes.length; index += 1) {
        expect(classes[index]!.min).toBe(classes[index - 1]!.max + 1);
      }
    }
  });

  it('uses fewer classes for small counts, keeping the palette ends', () => {
    expect(shadeClasses(2)).toEqual([
      { min: 1, max: 1, colour: SHADE_PALETTE[0] },
      { min: 2, max: 2, colour: SHADE_PALETTE[4] },
    ]);
    expect(shadeClasses(1)).toEqual([{ min: 1, max: 1, colour: SHADE_PALETTE[4] }]);
    expect(shadeClasses(0)).toEqual([]);
  });
});

describe('shadeFor', () => {
  const classes = shadeClasses(85);
  it('colours a count by its class, and none neutrally', () => {
    expect(shadeFor(0, classes)).toBe(NO_DATA_COLOUR);
    expect(shadeFor(1, classes)).toBe(SHADE_PALETTE[0]);
    expect(shadeFor(6, classes)).toBe(SHADE_PALETTE[1]);
    expect(shadeFor(7, classes)).toBe(SHADE_PALETTE[2]);
    expect(shadeFor(85, classes)).toBe(SHADE_PALETTE[4]);
  });
});

describe('the shading palettes', () => {
  const sea = (scheme: 'light' | 'dark') =>
    // The sea as styles.css declares it: the test fails if the two drift apart.
    new RegExp(`--color-map-sea: light-dark\\(${MAP_SEA.light}, ${MAP_SEA.dark}\\)`).test(STYLES)
      ? MAP_SEA[scheme]
      : 'styles.css changed';

  it.each(['light', 'dark'] as const)(
    'every %s class holds 3:1 against the sea (WCAG non-text)',
    (scheme) => {
      for (const colour of SHADE_PALETTES[scheme]) {
        expect(contrastRatio(colour, sea(scheme)), colour).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it('runs light to dark on the light map and dark to light on the dark map, each step visible', () => {
    const steps = (palette: readonly string[]) =>
      palette.slice(1).map((colour, index) => relativeLuminance(colour) - relativeLuminance(palette[index]!));
    expect(steps(SHADE_PALETTES.light).every((step) => step < 0)).toBe(true);
    expect(steps(SHADE_PALETTES.dark).every((step) => step > 0)).toBe(true);
    for (const palette of [SHADE_PALETTES.light, SHADE_PALETTES.dark]) {
      palette.slice(1).forEach((colour, index) => {
        expect(contrastRatio(colour, palette[index]!), colour).toBeGreaterThanOrEqual(1.25);
      });
    }
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG examples', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('rgb(26, 36, 48)', MAP_SEA.dark)).toBeCloseTo(1, 5);
    expect(relativeLuminance('#ffffff')).toBe(1);
  });
});
