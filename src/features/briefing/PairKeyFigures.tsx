import type { DatasetModel } from '../../data/selectors/model';
import { useSectionLabelledBy } from '../../components/landmark-names';
import { countryName } from '../../data/selectors/names';
import type { PairSummary } from '../../data/selectors/pair-summary';
import { RECORD_TYPES } from '../../data/schema/vocabulary';
import { useI18n } from '../../i18n/i18n-context';
import { FigureCard } from './FigureCard';
import { listOf, shortOrganisationName } from './lists';
import { NoteRef } from './NoteRef';
import { PairFundingFigures } from './PairFundingFigures';
import { PeopleTrained } from './PeopleTrained';

/** The pair's key figures: records by kind, trainings each way, events and where, third parties. */
export function PairKeyFigures({ model, summary }: { model: DatasetModel; summary: PairSummary }) {
  const { t, locale, formatNumber } = useI18n();
  const labelledBy = useSectionLabelledBy('briefing-figures-heading');
  const year = (value: number) => formatNumber(value, { useGrouping: false });
  const name = (iso3: string) => countryName(model, iso3);
  return (
    <section className="briefing-section" aria-labelledby={labelledBy}>
      <h2 id="briefing-figures-heading">{t('briefing.figures.heading')}</h2>
      <dl className="briefing-figures">
        <FigureCard
          label={t('briefing.pair.figure.records')}
          value={formatNumber(summary.records.count)}
          sourceIds={summary.records.sourceIds}
        >
          <ul className="figure-detail">
            {summary.firstYear !== null && summary.lastYear !== null && (
              <li>
                {summary.firstYear === summary.lastYear
                  ? year(summary.firstYear)
                  : t('briefing.range', { min: year(summary.firstYear), max: year(summary.lastYear) })}
              </li>
            )}
            {RECORD_TYPES.filter((type) => summary.byType[type].count > 0).map((type) => (
              <li key={type}>
                {t('briefing.pair.figure.byType', {
                  type: t(`type.${type}`),
                  count: summary.byType[type].count,
                })}
                <NoteRef sourceIds={summary.byType[type].sourceIds} />
              </li>
            ))}
          </ul>
        </FigureCard>
        <PairFundingFigures model={model} funding={summary.funding} />
        {summary.flows.map((flow) => (
          <FigureCard
            key={flow.trainer}
            label={t('briefing.pair.figure.flow', {
              trainer: name(flow.trainer),
              trainee: name(flow.trainee),
            })}
            value={t('briefing.pair.figure.flowTrainings', { count: flow.trainings.count })}
            sourceIds={flow.trainings.sourceIds}
          >
            <PeopleTrained people={flow.people} counted={flow.counted} withoutCount={flow.withoutCount} />
          </FigureCard>
        ))}
        {/* A zero says nothing about a relationship: a figure shows only when there is something to count. */}
        {summary.otherTrainings.count > 0 && (
          <FigureCard
            label={t('briefing.pair.figure.trainingsTogether')}
            value={formatNumber(summary.otherTrainings.count)}
            sourceIds={summary.otherTrainings.sourceIds}
          >
            <ul className="figure-detail">
              <li>{t('briefing.pair.figure.otherTrainings', { count: summary.otherTrainings.count })}</li>
            </ul>
          </FigureCard>
        )}
        {summary.events.count > 0 && (
          <FigureCard
            label={t('briefing.pair.figure.events')}
            value={formatNumber(summary.events.count)}
            sourceIds={summary.events.sourceIds}
          >
            <ul className="figure-detail">
              {summary.events.byPlace.map((place) => (
                <li key={place.country}>
                  {t('briefing.pair.figure.eventPlace', { count: place.count, place: name(place.country) })}
                  <NoteRef sourceIds={place.sourceIds} />
                </li>
              ))}
            </ul>
          </FigureCard>
        )}
        {summary.byType.partnership.count > 0 && (
          <FigureCard
            label={t('briefing.figure.partnerships')}
            value={formatNumber(summary.byType.partnership.count)}
            sourceIds={summary.byType.partnership.sourceIds}
          />
        )}
        {summary.thirdParties.length > 0 && (
          <FigureCard
            label={t('briefing.pair.figure.thirdParties')}
            value={formatNumber(summary.thirdParties.length)}
            sourceIds={[]}
          >
            <ul className="figure-detail">
              {summary.thirdCountries.map((group) => (
                <li key={group.country ?? ''}>
                  {t('briefing.pair.figure.thirdCountry', {
                    country:
                      group.country === null ? t('briefing.pair.figure.international') : name(group.country),
                    parties: listOf(
                      locale,
                      group.parties.map((party) =>
                        t('briefing.pair.figure.thirdParty', {
                          name:
                            party.organisation === undefined
                              ? t('briefing.pair.figure.wholeCountry')
                              : shortOrganisationName(model, party.organisation),
                          roles: listOf(
                            locale,
                            party.roles.map((role) => t(`role.${role}`)),
                            'unit',
                          ),
                        }),
                      ),
                      'unit',
                    ),
                  })}
                  <NoteRef sourceIds={group.sourceIds} />
                </li>
              ))}
            </ul>
          </FigureCard>
        )}
      </dl>
    </section>
  );
}
