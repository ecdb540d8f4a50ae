import type { ReactNode } from 'react';
import { useSectionLabelledBy } from '../../components/landmark-names';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName } from '../../data/selectors/names';
import type { FlowSummary, PairSummary, PartyGroup } from '../../data/selectors/pair-summary';
import { useI18n } from '../../i18n/i18n-context';
import { listOf, shortOrganisationName } from './lists';
import { NoteRef } from './NoteRef';
import { PairFundingSentence } from './PairFundingSentence';
import { usePeopleRange } from './PeopleTrained';
import { RichText, slot } from './rich-text';

/**
 * The relationship in a few plain sentences, each from one catalogue message; every figure in
 * them carries markers to the sources of the records it is computed from.
 */
export function PairSummaryText({ model, summary }: { model: DatasetModel; summary: PairSummary }) {
  const { t } = useI18n();
  const labelledBy = useSectionLabelledBy('briefing-summary-heading');
  const name = (iso3: string) => countryName(model, iso3);
  return (
    <section className="briefing-section briefing-summary" aria-labelledby={labelledBy}>
      <h2 id="briefing-summary-heading">{t('briefing.pair.summary.heading')}</h2>
      {summary.records.count === 0 ? (
        <p>{t('briefing.pair.summary.none', { a: name(summary.a), b: name(summary.b) })}</p>
      ) : (
        <p>
          {summary.flows.map((flow) => (
            <FlowSentence key={flow.trainer} model={model} flow={flow} />
          ))}
          {summary.funding.map((funding) => (
            <PairFundingSentence key={funding.donor} model={model} funding={funding} />
          ))}
          {summary.otherTrainings.count > 0 && (
            <Sentence
              message={t('briefing.pair.summary.otherTrainings', {
                count: summary.otherTrainings.count,
                notes: slot('notes'),
              })}
              slots={{ notes: <NoteRef sourceIds={summary.otherTrainings.sourceIds} /> }}
            />
          )}
          <EventsSentence model={model} summary={summary} />
          {summary.byType.partnership.count > 0 && (
            <Sentence
              message={t('briefing.pair.summary.partnerships', {
                count: summary.byType.partnership.count,
                notes: slot('notes'),
              })}
              slots={{ notes: <NoteRef sourceIds={summary.byType.partnership.sourceIds} /> }}
            />
          )}
          <ThirdPartiesSentence model={model} summary={summary} />
        </p>
      )}
    </section>
  );
}

/** One sentence of the summary, followed by a space before the next. */
function Sentence({ message, slots }: { message: string; slots: Record<string, ReactNode> }) {
  return (
    <span className="summary-sentence">
      <RichText message={message} slots={slots} />{' '}
    </span>
  );
}

function FlowSentence({ model, flow }: { model: DatasetModel; flow: FlowSummary }) {
  const { t, locale, formatNumber } = useI18n();
  const people = usePeopleRange(flow.people);
  const year = (value: number) => formatNumber(value, { useGrouping: false });
  const funderSlots: Record<string, ReactNode> = {};
  const funders = listOf(
    locale,
    flow.funders.map((group, index) => {
      funderSlots[`funder${index}`] = <NoteRef sourceIds={group.sourceIds} />;
      return funderText(model, group, slot(`funder${index}`));
    }),
  );
  const disputeSources = flow.disputes.flatMap((dispute) => dispute.values.map((value) => value.source));
  const message = t('briefing.pair.summary.training', {
    trainer: countryName(model, flow.trainer),
    trainee: countryName(model, flow.trainee),
    count: flow.trainings.count,
    countNotes: slot('countNotes'),
    span: flow.firstYear === flow.lastYear ? 'single' : 'range',
    first: year(flow.firstYear),
    last: year(flow.lastYear),
    people: flow.counted.recordIds.length === 0 ? 'none' : people,
    max: flow.people.max,
    peopleNotes: slot('peopleNotes'),
    disputed: flow.people.disputed ? 'yes' : 'no',
    disputedLabel: t('briefing.figure.disputed'),
    disputeNotes: slot('disputeNotes'),
    unknown: flow.people.unknown,
    unknownNotes: slot('unknownNotes'),
    funded: flow.funders.length > 0 ? 'yes' : 'no',
    funders,
  });
  return (
    <Sentence
      message={message}
      slots={{
        countNotes: <NoteRef sourceIds={flow.trainings.sourceIds} />,
        peopleNotes: <NoteRef sourceIds={flow.counted.sourceIds} />,
        disputeNotes: <NoteRef sourceIds={disputeSources} />,
        unknownNotes: <NoteRef sourceIds={flow.withoutCount.sourceIds} />,
        ...funderSlots,
      }}
    />
  );

  function funderText(model: DatasetModel, group: PartyGroup, notes: string): string {
    const country = group.country === null ? '' : countryName(model, group.country);
    if (group.organisations.length === 0) return t('briefing.pair.summary.funderCountry', { country, notes });
    const organisations = listOf(
      locale,
      group.organisations.map((id) => shortOrganisationName(model, id)),
      'unit',
    );
    if (group.country === null)
      return t('briefing.pair.summary.funderCountry', { country: organisations, notes });
    return t('briefing.pair.summary.funderGroup', { country, organisations, notes });
  }
}

function EventsSentence({ model, summary }: { model: DatasetModel; summary: PairSummary }) {
  const { t, locale, formatNumber } = useI18n();
  const { events } = summary;
  if (events.count === 0 || events.firstYear === null || events.lastYear === null) return null;
  const year = (value: number) => formatNumber(value, { useGrouping: false });
  const placeSlots: Record<string, ReactNode> = {};
  const places = listOf(
    locale,
    events.byPlace.map((place, index) => {
      placeSlots[`place${index}`] = <NoteRef sourceIds={place.sourceIds} />;
      return t('briefing.pair.summary.eventPlace', {
        placeCount: events.byPlace.length,
        count: place.count,
        place: countryName(model, place.country),
        notes: events.byPlace.length > 1 ? slot(`place${index}`) : '',
      });
    }),
  );
  return (
    <Sentence
      message={t('briefing.pair.summary.events', {
        count: events.count,
        notes: slot('notes'),
        span: events.firstYear === events.lastYear ? 'single' : 'range',
        first: year(events.firstYear),
        last: year(events.lastYear),
        places: events.byPlace.length === 0 ? 'none' : places,
        placeCount: events.byPlace.length,
      })}
      slots={{ notes: <NoteRef sourceIds={events.sourceIds} />, ...placeSlots }}
    />
  );
}

function ThirdPartiesSentence({ model, summary }: { model: DatasetModel; summary: PairSummary }) {
  const { t, locale } = useI18n();
  if (summary.thirdCountries.length === 0) return null;
  const slots: Record<string, ReactNode> = {};
  const items = summary.thirdCountries.map((group, index) => {
    slots[`party${index}`] = <NoteRef sourceIds={group.sourceIds} />;
    const organisations = group.parties.flatMap((party) =>
      party.organisation === undefined ? [] : [shortOrganisationName(model, party.organisation)],
    );
    return t('briefing.pair.summary.thirdCountry', {
      international: group.country === null ? 'yes' : 'no',
      country: group.country === null ? '' : countryName(model, group.country),
      organisations: organisations.length === 0 ? 'none' : listOf(locale, organisations, 'unit'),
      roles: listOf(
        locale,
        group.roles.map((role) => t(`role.${role}`)),
      ),
      notes: slot(`party${index}`),
    });
  });
  return (
    <Sentence
      message={t('briefing.pair.summary.thirdParties', { list: listOf(locale, items) })}
      slots={slots}
    />
  );
}
