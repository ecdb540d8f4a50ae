import { describe, expect, it } from 'vitest';
import type { CooperationRecord } from '../../../src/data/schema/records';
import { approximatePlaces, firstPlaceByCountry, recordPlaces } from '../../../src/data/selectors/places';
import { selectorFixture } from '../../fixtures/selector-fixture';

const records = selectorFixture.records;
const byId = (id: string) => records.find((record) => record.id === id) as CooperationRecord;

/** A fixture record moved to a place with coordinates. */
function at(id: string, name: string, country: string, lat: number, lon: number): CooperationRecord {
  return { ...byId(id), place: { name, country, coordinates: { lat, lon } } };
}

/** A fixture record that names only its country, as an imported activity may. */
function approximate(id: string, country: string): CooperationRecord {
  return { ...byId(id), place: { name: country, country, approximate: true } };
}

describe('approximatePlaces', () => {
  it('groups records that name only their country by that country, of any type, and leaves them out of the count of records without coordinates', () => {
    const partnership = records.find((record) => record.type === 'partnership')!;
    const imported = [
      approximate('khm-trains-lao-deminers-2019', 'UKR'),
      approximate(partnership.id, 'BIH'),
      approximate('khm-trains-ukr-deminers-2023', 'UKR'),
      at('pakse-risk-education-course', 'Pakse', 'LAO', 15.12, 105.8),
    ];
    expect(approximatePlaces(imported)).toEqual([
      {
        country: 'UKR',
        name: 'UKR',
        recordIds: ['khm-trains-lao-deminers-2019', 'khm-trains-ukr-deminers-2023'],
      },
      { country: 'BIH', name: 'BIH', recordIds: [partnership.id] },
    ]);
    expect(recordPlaces(imported).withoutCoordinates).toBe(0);
  });

  it('ignores places with coordinates and places not marked approximate', () => {
    const unplaced = {
      ...byId('khm-trains-lao-deminers-2019'),
      place: { name: 'Somewhere', country: 'LAO' },
    };
    expect(
      approximatePlaces([unplaced, at('pakse-risk-education-course', 'Pakse', 'LAO', 15.12, 105.8)]),
    ).toEqual([]);
    expect(recordPlaces([unplaced]).withoutCoordinates).toBe(1);
  });
});

describe('recordPlaces', () => {
  it('groups training exchanges and events at the same coordinates into one place, in order of first appearance', () => {
    const placed = [
      at('khm-trains-lao-deminers-2019', 'Kampong Chhnang', 'KHM', 12.25, 104.667),
      at('khm-trains-ukr-deminers-2023', 'Kyiv', 'UKR', 50.45, 30.5233),
      at('pakse-risk-education-course', 'Kampong Chhnang centre', 'KHM', 12.25, 104.667),
    ];
    expect(recordPlaces(placed)).toEqual({
      places: [
        {
          key: '12.25,104.667',
          lat: 12.25,
          lon: 104.667,
          name: 'Kampong Chhnang',
          country: 'KHM',
          recordIds: ['khm-trains-lao-deminers-2019', 'pakse-risk-education-course'],
        },
        {
          key: '50.45,30.5233',
          lat: 50.45,
          lon: 30.5233,
          name: 'Kyiv',
          country: 'UKR',
          recordIds: ['khm-trains-ukr-deminers-2023'],
        },
      ],
      withoutCoordinates: 0,
    });
  });

  it('leaves out partnerships, and counts the training exchanges and events without coordinates', () => {
    // Battambang is the only fixture place with coordinates, and it is a partnership's.
    const { places, withoutCoordinates } = recordPlaces(records);
    expect(places).toEqual([]);
    const trainingsAndEvents = records.filter((record) => record.type !== 'partnership');
    expect(withoutCoordinates).toBe(trainingsAndEvents.length);
    expect(withoutCoordinates).toBe(4);
  });
});

describe('firstPlaceByCountry', () => {
  it('keeps the first coordinates given for a place in each country, of any record type', () => {
    const later = at('khm-trains-ukr-deminers-2023', 'Siem Reap', 'KHM', 13.36, 103.86);
    expect(firstPlaceByCountry([...records, later])).toEqual(new Map([['KHM', { lat: 13.1, lon: 103.2 }]]));
  });
});
