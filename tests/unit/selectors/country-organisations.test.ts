import { describe, expect, it } from 'vitest';
import { countryOrganisations } from '../../../src/data/selectors/country-organisations';
import { buildModel } from '../../../src/data/selectors/model';
import { selectorFixture } from '../../fixtures/selector-fixture';

const model = buildModel(selectorFixture);
const records = selectorFixture.records;

describe('countryOrganisations', () => {
  it("lists a country's own organisations and the international bodies in the records it is a party to", () => {
    expect(countryOrganisations(model, records, 'KHM')).toEqual({
      own: [{ id: 'tonle-sap-demining-centre', count: 5 }],
      international: [
        { id: 'global-clearance-alliance', count: 1 },
        { id: 'un-mine-action-office', count: 1 },
      ],
    });
  });

  it('ignores records where the country is only present through a person or the place', () => {
    // Ukraine is a party to the Kharkiv funding and the Kyiv course, not to the Pakse course
    // (only an observer came), so the alliance counts once, for Kharkiv.
    expect(countryOrganisations(model, records, 'UKR')).toEqual({
      own: [{ id: 'ukr-emergency-demining-service', count: 1 }],
      international: [{ id: 'global-clearance-alliance', count: 1 }],
    });
    // Japan is in the Hà Nội workshop only through an adviser, so the UN office there is not its partner.
    expect(countryOrganisations(model, records, 'JPN')).toEqual({
      own: [{ id: 'jp-overseas-cooperation-agency', count: 4 }],
      international: [],
    });
  });

  it('counts an organisation once per record even when it has two roles in it', () => {
    const record = records.find((candidate) => candidate.id === 'jpn-detectors-for-tsdc')!;
    const twice = {
      ...record,
      parties: [
        ...record.parties,
        { organisation: 'tonle-sap-demining-centre', role: 'implementer' as const },
      ],
    };
    expect(countryOrganisations(model, [twice], 'KHM').own).toEqual([
      { id: 'tonle-sap-demining-centre', count: 1 },
    ]);
  });
});
