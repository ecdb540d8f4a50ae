import type { CountryProfile, TrainingFigure } from '../../data/selectors/country-profile';
import { useSectionLabelledBy } from '../../components/landmark-names';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';
import { FigureCard } from './FigureCard';
import { NoteRef } from './NoteRef';
import { PeopleTrained } from './PeopleTrained';

/** The headline figures of a country's profile, each with footnote markers to its sources. */
export function CountryFigures({ model, profile }: { model: DatasetModel; profile: CountryProfile }) {
  const { t, formatNumber } = useI18n();
  const labelledBy = useSectionLabelledBy('briefing-figures-heading');
  const name = countryName(model, profile.iso3);
  // A zero says nothing about a country: a figure shows only when there is something to count.
  const training = (label: string, figure: TrainingFigure) =>
    figure.count > 0 && (
      <FigureCard label={label} value={formatNumber(figure.count)} sourceIds={figure.sourceIds}>
        {figure.count > 0 && (
          <PeopleTrained people={figure.people} counted={figure.counted} withoutCount={figure.withoutCount} />
        )}
      </FigureCard>
    );
  return (
    <section className="briefing-section" aria-labelledby={labelledBy}>
      <h2 id="briefing-figures-heading">{t('briefing.figures.heading')}</h2>
      <dl className="briefing-figures">
        <FigureCard
          label={t('briefing.figure.partners')}
          value={formatNumber(profile.partners.count)}
          sourceIds={profile.partners.sourceIds}
        />
        {profile.partnerships.count > 0 && (
          <FigureCard
            label={t('briefing.figure.partnershipsByRole', { country: name })}
            value={formatNumber(profile.partnerships.count)}
            sourceIds={profile.partnerships.sourceIds}
          >
            {profile.partnerships.byRole.length > 0 && (
              <ul className="figure-detail">
                {profile.partnerships.byRole.map((entry) => (
                  <li key={entry.role}>
                    {t('briefing.figure.roleCount', { role: t(`role.${entry.role}`), count: entry.count })}
                    <NoteRef sourceIds={entry.sourceIds} />
                  </li>
                ))}
              </ul>
            )}
          </FigureCard>
        )}
        {training(t('briefing.figure.trainingsProvided'), profile.trainingsProvided)}
        {training(t('briefing.figure.trainingsReceived'), profile.trainingsReceived)}
        {profile.eventsHosted.count > 0 && (
          <FigureCard
            label={t('briefing.figure.eventsHosted')}
            value={formatNumber(profile.eventsHosted.count)}
            sourceIds={profile.eventsHosted.sourceIds}
          />
        )}
        {profile.eventsAttended.count > 0 && (
          <FigureCard
            label={t('briefing.figure.eventsAttended')}
            value={formatNumber(profile.eventsAttended.count)}
            sourceIds={profile.eventsAttended.sourceIds}
          />
        )}
      </dl>
    </section>
  );
}
