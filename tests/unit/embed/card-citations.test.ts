import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../../mocks/datasets';
import type { Dataset } from '../../../src/data/schema/dataset';
import { countryProfile, recordsInvolving } from '../../../src/data/selectors/country-profile';
import { numberSources } from '../../../src/data/selectors/footnotes';
import { buildModel } from '../../../src/data/selectors/model';
import { recordsInvolvingBoth } from '../../../src/data/selectors/pair';
import { pairSummary } from '../../../src/data/selectors/pair-summary';
import { timelineByYear } from '../../../src/data/selectors/timeline';
import {
  countryCitations,
  countryFigureCitations,
  pairCitations,
  pairSummaryCitations,
} from '../../../src/features/briefing/citations';
import { sortForList } from '../../../src/features/briefing/PairRecordList';

const model = buildModel(sampleDataset as Dataset);
const all = model.dataset.records;

// A reader who follows "open in the full dashboard" finds the same note numbers on the page.
describe('a card numbers its sources as its page does', () => {
  it('country card: the profile page’s first notes, in the same order', () => {
    const profile = countryProfile(model, recordsInvolving(model, all, 'KHM'), 'KHM');
    const card = numberSources(countryFigureCitations(profile)).order;
    const page = numberSources(countryCitations(profile, timelineByYear(profile.records))).order;
    expect(card.length).toBeGreaterThan(0);
    expect(page.slice(0, card.length)).toEqual(card);
  });

  it('pair card: the brief’s notes, with both sources of the disputed trainee count', () => {
    const summary = pairSummary(model, all, 'KHM', 'UKR');
    const listed = sortForList(recordsInvolvingBoth(model, all, 'KHM', 'UKR'));
    const card = numberSources(pairSummaryCitations(summary)).order;
    const page = numberSources(pairCitations(summary, listed, timelineByYear(listed))).order;
    expect(page.slice(0, card.length)).toEqual(card);
    const disputed = summary.flows.flatMap((flow) =>
      flow.disputes.flatMap((dispute) => dispute.values.map((value) => value.source)),
    );
    expect(new Set(disputed).size).toBeGreaterThanOrEqual(2);
    for (const source of disputed) expect(card).toContain(source);
  });
});
