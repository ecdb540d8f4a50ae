import { describe, expect, it } from 'vitest';
import type { CooperationRecord } from '../../../src/data/schema/records';
import { buildModel } from '../../../src/data/selectors/model';
import {
  sortRecords,
  toggleSort,
  type RecordSort,
  type RolesView,
} from '../../../src/data/selectors/sort-records';
import { selectorFixture } from '../../fixtures/selector-fixture';

const records = buildModel(selectorFixture).dataset.records;
const ids = (sorted: CooperationRecord[]) => sorted.map((record) => record.id);
const sortIds = (sort: RecordSort, list: CooperationRecord[] = records) => ids(sortRecords(list, sort, 'en'));

// The fixture's records, by position: see tests/fixtures/selector-fixture.ts.
const [battambang, laoTraining, hanoi, kharkiv, ukrTraining, pakse, detectors] = ids(records);

/** A copy of a fixture record with a new id and the given changes, for ties and edge cases. */
function variant(index: number, id: string, changes: Partial<CooperationRecord>): CooperationRecord {
  return { ...records[index]!, ...changes, id } as CooperationRecord;
}

describe('sortRecords', () => {
  describe('by roles', () => {
    // The leading role of each: the first of its parties' roles in vocabulary order.
    const hostOnly = variant(0, 'host-only', { parties: [{ country: 'KHM', role: 'host' }] });
    const trainerZ = variant(0, 'trainer-z', {
      parties: [
        { country: 'UKR', role: 'trainee' },
        { organisation: 'zeta', role: 'trainer' },
      ],
    });
    const donorB = variant(0, 'donor-b', {
      parties: [
        { country: 'KHM', role: 'recipient' },
        { organisation: 'beta', role: 'donor' },
      ],
    });
    const donorA = variant(0, 'donor-a', { parties: [{ organisation: 'alpha', role: 'donor' }] });
    const signatory = variant(0, 'signatory', { parties: [{ country: 'LAO', role: 'signatory' }] });
    const list = [hostOnly, trainerZ, donorB, signatory, donorA];

    it('orders by the leading role (donor first), then by the name of the party in it, and reverses both', () => {
      expect(sortIds({ field: 'roles', direction: 'asc' }, list)).toEqual([
        'donor-a',
        'donor-b',
        'trainer-z',
        'host-only',
        'signatory',
      ]);
      expect(sortIds({ field: 'roles', direction: 'desc' }, list)).toEqual([
        'signatory',
        'host-only',
        'trainer-z',
        'donor-b',
        'donor-a',
      ]);
    });

    it('sorts by the parties and names the Roles cell shows when given them', () => {
      const implementer = variant(0, 'implementer', { parties: [{ country: 'VNM', role: 'implementer' }] });
      const withImplementer = [...list, implementer];
      expect(sortIds({ field: 'roles', direction: 'asc' }, withImplementer).slice(0, 3)).toEqual([
        'donor-a',
        'donor-b',
        'implementer',
      ]);
      // Of donor-b the cell shows only the recipient (as when the reader chose its country), and
      // names parties by a label of its own: the order follows what is shown.
      const shown: RolesView = {
        parties: (record) =>
          record.id === 'donor-b'
            ? record.parties.filter((party) => party.role === 'recipient')
            : record.parties,
        name: (party) => (party.organisation ?? party.country ?? '').toUpperCase(),
      };
      expect(
        ids(sortRecords(withImplementer, { field: 'roles', direction: 'asc' }, 'en', shown)).slice(0, 3),
      ).toEqual(['donor-a', 'implementer', 'donor-b']);
    });
  });

  it('orders by the earliest day of the start date, both ways', () => {
    expect(sortIds({ field: 'date', direction: 'asc' })).toEqual([
      battambang, // 2018-04
      hanoi, // 2019
      laoTraining, // 2019-12-30
      detectors, // 2021-09-15
      kharkiv, // 2022-05
      pakse, // 2023
      ukrTraining, // 2023-11
    ]);
    expect(sortIds({ field: 'date', direction: 'desc' })).toEqual([
      ukrTraining,
      pakse,
      kharkiv,
      detectors,
      laoTraining,
      hanoi,
      battambang,
    ]);
  });

  it('reads a partial date as its first day and keeps dates that tie in input order', () => {
    const list = [
      variant(0, 'day', { period: { start: '2024-01-05' } }),
      variant(0, 'year', { period: { start: '2024' } }),
      variant(0, 'month-before', { period: { start: '2023-12', end: '2024-02' } }),
      variant(0, 'month', { period: { start: '2024-01' } }),
    ];
    expect(sortIds({ field: 'date', direction: 'asc' }, list)).toEqual([
      'month-before',
      'year',
      'month',
      'day',
    ]);
    expect(sortIds({ field: 'date', direction: 'desc' }, list)).toEqual([
      'day',
      'year',
      'month',
      'month-before',
    ]);
  });

  it('orders titles alphabetically, both ways', () => {
    expect(sortIds({ field: 'title', direction: 'asc' })).toEqual([
      ukrTraining, // Cambodian instructors…
      battambang, // Japan funds…
      detectors, // Mine detectors…
      kharkiv, // Norway funds…
      hanoi, // Regional survey workshop…
      pakse, // Risk education course…
      laoTraining, // Tonle Sap…
    ]);
    expect(sortIds({ field: 'title', direction: 'desc' })).toEqual([
      laoTraining,
      pakse,
      hanoi,
      kharkiv,
      detectors,
      battambang,
      ukrTraining,
    ]);
  });

  it('compares text the way readers do: case and accents aside, numbers by value', () => {
    const list = ['Zebra', 'course 10', 'Éclair', 'apple', 'course 2'].map((title) =>
      variant(0, title.toLowerCase().replace(/[^a-z0-9]+/g, '-'), { title }),
    );
    const titles = (sort: RecordSort) => sortRecords(list, sort, 'en').map((record) => record.title);
    // A code-point sort would put "Zebra" first and "Éclair" last.
    expect(titles({ field: 'title', direction: 'asc' })).toEqual([
      'apple',
      'course 2',
      'course 10',
      'Éclair',
      'Zebra',
    ]);
    expect(titles({ field: 'title', direction: 'desc' })).toEqual([
      'Zebra',
      'Éclair',
      'course 10',
      'course 2',
      'apple',
    ]);
  });

  it('keeps records with equal titles in input order in both directions', () => {
    const list = ['first', 'second', 'third'].map((id) => variant(0, id, { title: 'Same title' }));
    expect(sortIds({ field: 'title', direction: 'asc' }, list)).toEqual(['first', 'second', 'third']);
    expect(sortIds({ field: 'title', direction: 'desc' }, list)).toEqual(['first', 'second', 'third']);
  });

  it('orders types as the vocabulary lists them, ties in input order, both ways', () => {
    expect(sortIds({ field: 'type', direction: 'asc' })).toEqual([
      battambang,
      kharkiv,
      detectors, // partnerships
      laoTraining,
      ukrTraining,
      pakse, // trainings
      hanoi, // event
    ]);
    expect(sortIds({ field: 'type', direction: 'desc' })).toEqual([
      hanoi,
      laoTraining,
      ukrTraining,
      pakse,
      battambang,
      kharkiv,
      detectors,
    ]);
  });

  it('orders places alphabetically and puts records without a place last, both ways', () => {
    expect(sortIds({ field: 'place', direction: 'asc' })).toEqual([
      battambang, // Battambang
      hanoi, // Hà Nội
      laoTraining, // Kampong Chhnang
      kharkiv, // Kharkiv
      ukrTraining, // Kyiv
      pakse, // Pakse
      detectors, // no place
    ]);
    expect(sortIds({ field: 'place', direction: 'desc' })).toEqual([
      pakse,
      ukrTraining,
      kharkiv,
      laoTraining,
      hanoi,
      battambang,
      detectors,
    ]);
  });

  it('orders confidence from least to most certain ascending, ties in input order', () => {
    expect(sortIds({ field: 'confidence', direction: 'asc' })).toEqual([
      pakse, // unverified
      laoTraining,
      detectors, // disputed
      hanoi,
      kharkiv, // reported
      battambang,
      ukrTraining, // confirmed
    ]);
    expect(sortIds({ field: 'confidence', direction: 'desc' })).toEqual([
      battambang,
      ukrTraining,
      hanoi,
      kharkiv,
      laoTraining,
      detectors,
      pakse,
    ]);
  });

  it('orders amounts by currency A–Z, then by value in the chosen direction, records without one last', () => {
    // The detectors are disputed (US$400,000 or 450,000) and sort by the lower value.
    const euros = variant(0, 'euros', {
      amount: { value: 9_000_000, currency: 'EUR' },
    } as Partial<CooperationRecord>);
    const small = variant(0, 'small', {
      amount: { value: 100, currency: 'USD' },
    } as Partial<CooperationRecord>);
    const list = [...records, euros, small];
    expect(sortIds({ field: 'amount', direction: 'asc' }, list)).toEqual([
      'euros',
      'small',
      detectors, // US$400,000–450,000
      battambang, // US$2,500,000
      laoTraining,
      hanoi,
      kharkiv,
      ukrTraining,
      pakse,
    ]);
    expect(sortIds({ field: 'amount', direction: 'desc' }, list)).toEqual([
      'euros',
      battambang,
      detectors,
      'small',
      laoTraining,
      hanoi,
      kharkiv,
      ukrTraining,
      pakse,
    ]);
  });

  it('returns a new array and leaves its input as it was', () => {
    const input = [...records];
    const sorted = sortRecords(input, { field: 'title', direction: 'asc' }, 'en');
    expect(sorted).not.toBe(input);
    expect(ids(input)).toEqual(ids(records));
  });

  it('sorts an empty list', () => {
    expect(sortRecords([], { field: 'place', direction: 'desc' }, 'en')).toEqual([]);
  });
});

describe('toggleSort', () => {
  it('flips the direction of the column already sorted', () => {
    expect(toggleSort({ field: 'date', direction: 'desc' }, 'date')).toEqual({
      field: 'date',
      direction: 'asc',
    });
    expect(toggleSort({ field: 'title', direction: 'asc' }, 'title')).toEqual({
      field: 'title',
      direction: 'desc',
    });
  });

  it('starts another column ascending', () => {
    expect(toggleSort({ field: 'date', direction: 'desc' }, 'title')).toEqual({
      field: 'title',
      direction: 'asc',
    });
    expect(toggleSort({ field: 'title', direction: 'desc' }, 'place')).toEqual({
      field: 'place',
      direction: 'asc',
    });
  });
});
