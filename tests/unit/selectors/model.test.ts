import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/data/schema/validate';
import {
  buildModel,
  countriesOfRecord,
  organisationsOfRecord,
  partyCountry,
} from '../../../src/data/selectors/model';
import { selectorFixture } from '../../fixtures/selector-fixture';

const model = buildModel(selectorFixture);

function record(id: string) {
  const found = model.recordsById.get(id);
  if (found === undefined) throw new Error(`no record ${id} in the fixture`);
  return found;
}

describe('the selector fixture', () => {
  it('is a valid dataset, so the selectors are tested on data the validator lets through', () => {
    const result = validateDataset(selectorFixture);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe('buildModel', () => {
  it('looks up every country, organisation, source and record by id', () => {
    expect(model.countriesByIso3.size).toBe(6);
    expect(model.organisationsById.size).toBe(7);
    expect(model.sourcesById.size).toBe(9);
    expect(model.recordsById.size).toBe(7);
    expect(model.countriesByIso3.get('KHM')?.name).toBe('Cambodia');
    expect(model.organisationsById.get('global-clearance-alliance')?.acronym).toBe('GCA');
    expect(model.sourcesById.get('fixture-news-e')?.title).toBe('Detectors arrive');
    expect(model.recordsById.get('pakse-risk-education-course')?.type).toBe('training');
  });
});

describe('partyCountry', () => {
  it("falls back to the organisation's home country", () => {
    expect(partyCountry(model, { organisation: 'tonle-sap-demining-centre', role: 'trainer' })).toBe('KHM');
  });

  it("prefers the party's own country over its organisation's", () => {
    expect(
      partyCountry(model, { organisation: 'global-clearance-alliance', country: 'UKR', role: 'implementer' }),
    ).toBe('UKR');
  });

  it('takes a country acting as a whole', () => {
    expect(partyCountry(model, { country: 'LAO', role: 'trainee' })).toBe('LAO');
  });

  it('is null for an international body', () => {
    expect(partyCountry(model, { organisation: 'un-mine-action-office', role: 'organiser' })).toBeNull();
  });
});

describe('countriesOfRecord', () => {
  it("includes parties' countries and a person's own country, not the international organiser", () => {
    expect([...countriesOfRecord(model, record('hanoi-regional-survey-workshop'))].sort()).toEqual([
      'JPN',
      'KHM',
      'LAO',
      'VNM',
    ]);
  });

  it("includes a person's organisation's country and the place's country", () => {
    expect([...countriesOfRecord(model, record('pakse-risk-education-course'))].sort()).toEqual([
      'KHM',
      'LAO',
      'UKR',
    ]);
  });
});

describe('organisationsOfRecord', () => {
  it("includes parties' and people's organisations, once each", () => {
    expect([...organisationsOfRecord(record('hanoi-regional-survey-workshop'))].sort()).toEqual([
      'hanoi-mine-action-technology-centre',
      'un-mine-action-office',
    ]);
    expect([...organisationsOfRecord(record('pakse-risk-education-course'))].sort()).toEqual([
      'global-clearance-alliance',
      'tonle-sap-demining-centre',
      'ukr-emergency-demining-service',
    ]);
  });

  it('is empty when only countries take part', () => {
    const onlyCountries = {
      ...record('nor-funds-kharkiv-clearance'),
      parties: [{ country: 'UKR', role: 'recipient' as const }],
    };
    expect(organisationsOfRecord(onlyCountries).size).toBe(0);
  });
});
