import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../../mocks/datasets';
import type { Dataset } from '../../../src/data/schema/dataset';
import { EMPTY_FILTER, filterRecords } from '../../../src/data/selectors/filter';
import { flowChannels } from '../../../src/data/selectors/flow-channels';
import { countryLinks } from '../../../src/data/selectors/links';
import { buildModel, partyCountry } from '../../../src/data/selectors/model';

// The bundled dataset: Germany funds Norwegian People's Aid and HALO to clear in Cambodia.
const model = buildModel(sampleDataset as Dataset);
const links = countryLinks(model, model.dataset.records);
const link = (from: string, to: string) => links.find((found) => found.from === from && found.to === to)!;

describe('flowChannels', () => {
  it("names the operators that carried out a flow's work without being an end, most records first", () => {
    const germanyCambodia = link('DEU', 'KHM');
    const channels = flowChannels(model, germanyCambodia);
    expect(channels.map(({ organisation }) => organisation)).toEqual(['npa', 'halo-trust']);
    expect(channels[0]!.count).toBe(2);
    // Never one of the flow's two countries' own organisations.
    for (const { organisation } of channels) {
      const home = model.organisationsById.get(organisation)?.country ?? null;
      expect(home === 'DEU' || home === 'KHM').toBe(false);
    }
  });

  it('counts only implementers of the flow’s own records', () => {
    for (const each of links) {
      for (const { organisation, count } of flowChannels(model, each)) {
        const carried = each.recordIds.filter((id) =>
          model.recordsById
            .get(id)!
            .parties.some(
              (party) =>
                party.organisation === organisation &&
                party.role === 'implementer' &&
                partyCountry(model, party) !== each.from &&
                partyCountry(model, party) !== each.to,
            ),
        );
        expect(carried).toHaveLength(count);
      }
    }
  });
});

describe('the flow filter (link=FROM-TO)', () => {
  it("keeps exactly a flow's records, within the other filters", () => {
    for (const each of links.slice(0, 12)) {
      const kept = filterRecords(model, { ...EMPTY_FILTER, links: [`${each.from}-${each.to}`] });
      expect(kept.map((record) => record.id).sort()).toEqual([...each.recordIds].sort());
    }
    const japanUkraine = link('JPN', 'UKR');
    const training = filterRecords(model, { ...EMPTY_FILTER, links: ['JPN-UKR'], types: ['training'] });
    expect(training.length).toBeLessThanOrEqual(japanUkraine.count);
    expect(training.every((record) => record.type === 'training')).toBe(true);
  });

  it('keeps nothing for a flow the data does not have', () => {
    expect(filterRecords(model, { ...EMPTY_FILTER, links: ['UKR-JPN', 'ATA-KHM'] })).toEqual(
      filterRecords(model, { ...EMPTY_FILTER, links: ['UKR-JPN'] }),
    );
    expect(filterRecords(model, { ...EMPTY_FILTER, links: ['ATA-KHM'] })).toEqual([]);
  });
});
