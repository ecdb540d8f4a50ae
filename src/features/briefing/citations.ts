import type { CountryProfile, TrainingFigure } from '../../data/selectors/country-profile';
import type { FundingTotals } from '../../data/selectors/country-funding';
import type { PairSummary } from '../../data/selectors/pair-summary';
import type { CooperationRecord } from '../../data/schema/records';
import type { TimelineYear } from '../../data/selectors/timeline';

// What each page cites, in the order a reader meets it on the page. numberSources() turns this into
// note numbers; keeping the order here, beside the layout it mirrors, keeps the notes in reading order.

/** A country profile: figures, funding, timeline, then any other record's sources (every source is listed). */
export function countryCitations(profile: CountryProfile, timeline: TimelineYear[]): string[][] {
  const funding = (totals: FundingTotals) => [
    ...totals.byCurrency.flatMap((total) => [
      total.own.sourceIds,
      ...total.joint.map((joint) => joint.sourceIds),
    ]),
    totals.withoutAmount.sourceIds,
  ];
  return [
    ...countryFigureCitations(profile),
    ...funding(profile.fundingGiven),
    ...funding(profile.fundingReceived),
    ...timelineCitations(timeline),
    ...profile.records.map((record) => record.sources),
  ];
}

/** The headline figures alone, as a country card shows them; the profile page starts the same way, so its notes agree. */
export function countryFigureCitations(profile: CountryProfile): string[][] {
  const training = (figure: TrainingFigure) => [
    figure.sourceIds,
    figure.counted.sourceIds,
    figure.withoutCount.sourceIds,
  ];
  return [
    profile.partners.sourceIds,
    profile.partnerships.sourceIds,
    ...profile.partnerships.byRole.map((entry) => entry.sourceIds),
    ...training(profile.trainingsProvided),
    ...training(profile.trainingsReceived),
    profile.eventsHosted.sourceIds,
    profile.eventsAttended.sourceIds,
  ];
}

/** A pair brief: the summary's sentences, the key figures, the record list, the timeline. */
export function pairCitations(
  summary: PairSummary,
  recordList: CooperationRecord[],
  timeline: TimelineYear[],
): string[][] {
  return [
    ...pairSummaryCitations(summary),
    ...recordList.map((record) => record.sources),
    ...timelineCitations(timeline),
  ];
}

/** The summary's sentences and the key figures alone, as a two-country card shows them (the brief starts the same way). */
export function pairSummaryCitations(summary: PairSummary): string[][] {
  const flows = summary.flows.flatMap((flow) => [
    flow.trainings.sourceIds,
    flow.counted.sourceIds,
    flow.disputes.flatMap((dispute) => dispute.values.map((value) => value.source)),
    flow.withoutCount.sourceIds,
    ...flow.funders.map((funder) => funder.sourceIds),
  ]);
  const funding = summary.funding.flatMap((direction) => [
    ...direction.byCurrency.flatMap((total) => [
      total.soleRecords.sourceIds,
      ...total.joint.map((joint) => joint.sourceIds),
    ]),
    direction.withoutAmount.sourceIds,
  ]);
  return [
    ...flows,
    ...funding,
    summary.otherTrainings.sourceIds,
    summary.events.sourceIds,
    ...summary.events.byPlace.map((place) => place.sourceIds),
    summary.byType.partnership.sourceIds,
    ...summary.thirdCountries.map((group) => group.sourceIds),
    summary.records.sourceIds,
  ];
}

function timelineCitations(timeline: TimelineYear[]): string[][] {
  return timeline.flatMap((year) => year.items.map((record) => record.sources));
}
