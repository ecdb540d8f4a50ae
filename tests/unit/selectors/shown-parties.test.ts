import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/data/selectors/model';
import { shownParties } from '../../../src/data/selectors/shown-parties';
import { selectorFixture } from '../../fixtures/selector-fixture';

const model = buildModel(selectorFixture);
const record = (id: string) => selectorFixture.records.find((candidate) => candidate.id === id)!;
const none = { countries: [], organisations: [] };

describe('shownParties', () => {
  it('lists every party when nothing is chosen', () => {
    expect(shownParties(model, record('jpn-funds-battambang-clearance'), none)).toHaveLength(3);
  });

  it("lists the chosen countries' parties, through their organisations too, and the chosen organisations", () => {
    const funds = record('jpn-funds-battambang-clearance');
    expect(shownParties(model, funds, { countries: ['KHM'], organisations: [] })).toEqual([
      { organisation: 'tonle-sap-demining-centre', role: 'implementer' },
      { country: 'KHM', role: 'recipient' },
    ]);
    expect(
      shownParties(model, funds, { countries: [], organisations: ['jp-overseas-cooperation-agency'] }),
    ).toEqual([{ organisation: 'jp-overseas-cooperation-agency', role: 'donor' }]);
  });

  it('falls back to every party when the chosen ones take part otherwise than as parties', () => {
    const workshop = record('hanoi-regional-survey-workshop');
    expect(shownParties(model, workshop, { countries: ['JPN'], organisations: [] })).toEqual(
      workshop.parties,
    );
  });
});
