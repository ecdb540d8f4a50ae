import { describe, expect, it } from 'vitest';
import { iso3ForWorldAtlasFeature, worldCountries } from '../../../src/features/map/geo/world-countries';
import { sampleDataset } from '../../../mocks/datasets';
import { worldAtlas } from './world-data';

describe('iso3ForWorldAtlasFeature', () => {
  it('reads world-atlas ids as ISO 3166 numeric codes', () => {
    expect(iso3ForWorldAtlasFeature('116', 'Cambodia')).toBe('KHM');
    expect(iso3ForWorldAtlasFeature('392', 'Japan')).toBe('JPN');
    expect(iso3ForWorldAtlasFeature('036', 'Australia')).toBe('AUS');
    expect(iso3ForWorldAtlasFeature(4, 'Afghanistan')).toBe('AFG');
  });

  it('gives Kosovo its XKX code and leaves N. Cyprus and Somaliland without one', () => {
    expect(iso3ForWorldAtlasFeature(undefined, 'Kosovo')).toBe('XKX');
    expect(iso3ForWorldAtlasFeature(undefined, 'N. Cyprus')).toBeNull();
    expect(iso3ForWorldAtlasFeature(undefined, 'Somaliland')).toBeNull();
    expect(iso3ForWorldAtlasFeature('999', 'Nowhere')).toBeNull();
  });
});

describe('worldCountries', () => {
  const shapes = worldCountries(worldAtlas('countries-110m.json'));

  it('joins every 110m country but Antarctica to a unique code, except N. Cyprus and Somaliland', () => {
    expect(shapes).toHaveLength(176);
    const codes = shapes.map((shape) => shape.iso3).filter((code) => code !== null);
    expect(new Set(codes).size).toBe(codes.length);
    expect(shapes.filter((shape) => shape.iso3 === null).map((shape) => shape.name)).toEqual([
      'N. Cyprus',
      'Somaliland',
    ]);
    expect(codes).not.toContain('ATA');
  });

  it('draws every country of the sample dataset but Tonga and Palau, which are too small for the 110m map', () => {
    const drawn = new Set(shapes.map((shape) => shape.iso3));
    const missing = sampleDataset.countries.map((country) => country.iso3).filter((iso3) => !drawn.has(iso3));
    expect(missing).toEqual(['TON', 'PLW']);
  });
});
