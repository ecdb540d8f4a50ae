import type { Translator } from '../../../i18n/translator';
import { PALETTE } from '../palette';
import { asCount, cellText, type RangeMeasure, type SeriesMeasure, type SeriesRow } from '../series';
import { countText, rangeText } from './formats';

/** What a row of people trained holds, whether per year or per pair of countries. */
export interface PeopleTrainedValues {
  min: number;
  max: number;
  trainings: number;
  trainingsWithoutCount: number;
}

/**
 * The measures of a people-trained chart: people as a range (drawn), trainings and trainings
 * without a number (table only). Shared by the per-year and per-pair charts so they read alike.
 */
export function peopleTrainedMeasures(i18n: Translator): { people: RangeMeasure; measures: SeriesMeasure[] } {
  const count = countText(i18n);
  const range = rangeText(i18n, (value) => i18n.formatNumber(value));
  const people: RangeMeasure = {
    key: 'people',
    label: i18n.t('charts.trained.people'),
    draw: 'range',
    color: PALETTE.blue,
    lowLabel: i18n.t('charts.trained.low'),
    uncertainLabel: i18n.t('charts.trained.uncertain'),
    // Zero people from trainings that gave no number would read as "nobody was trained".
    format: (value, row) =>
      asCount(row.values.trainings) === asCount(row.values.trainingsWithoutCount)
        ? i18n.t('charts.trained.notStated')
        : range(value),
  };
  return {
    people,
    measures: [
      people,
      { key: 'trainings', label: i18n.t('charts.trained.trainings'), draw: 'none', format: count },
      {
        key: 'trainingsWithoutCount',
        label: i18n.t('charts.trained.trainingsWithoutCount'),
        draw: 'none',
        format: count,
      },
    ],
  };
}

/** A row's values for the people-trained measures. */
export function peopleTrainedValues(values: PeopleTrainedValues): SeriesRow['values'] {
  return {
    people: { min: values.min, max: values.max },
    trainings: values.trainings,
    trainingsWithoutCount: values.trainingsWithoutCount,
  };
}

/** The bar label: the same text as the table's people column. */
export function peopleLabel(people: RangeMeasure): (row: SeriesRow) => string {
  return (row) => cellText(people, row);
}
