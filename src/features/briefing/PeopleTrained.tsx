import type { Cited } from '../../data/selectors/footnotes';
import type { FigureSum } from '../../data/selectors/figure-sum';
import { useI18n } from '../../i18n/i18n-context';
import { NoteRef } from './NoteRef';

interface PeopleTrainedProps {
  people: FigureSum;
  /** The trainings that give a count, and their sources. */
  counted: Cited;
  /** The trainings that give none. */
  withoutCount: Cited;
}

/** "22–29 people trained (disputed: sources disagree) · 1 training without a count", each part cited. */
export function PeopleTrained({ people, counted, withoutCount }: PeopleTrainedProps) {
  const { t } = useI18n();
  const range = usePeopleRange(people);
  return (
    <ul className="figure-detail">
      {counted.recordIds.length > 0 && (
        <li>
          {t('briefing.figure.peopleTrained', {
            people: range,
            max: people.max,
            disputed: people.disputed ? 'yes' : 'no',
          })}
          <NoteRef sourceIds={counted.sourceIds} />
        </li>
      )}
      {people.unknown > 0 && (
        <li>
          {t('briefing.figure.withoutCount', { count: people.unknown })}
          <NoteRef sourceIds={withoutCount.sourceIds} />
        </li>
      )}
    </ul>
  );
}

/** "14", or "22–29" when the sum is a range. */
export function usePeopleRange(people: FigureSum): string {
  const { t, formatNumber } = useI18n();
  return people.min === people.max
    ? formatNumber(people.min)
    : t('briefing.range', { min: formatNumber(people.min), max: formatNumber(people.max) });
}
