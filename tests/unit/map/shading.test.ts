import { describe, expect, it } from 'vitest';
import { NO_DATA_COLOUR, SHADE_PALETTE, shadeClasses, shadeFor } from '../../../src/features/map/geo/shading';

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
