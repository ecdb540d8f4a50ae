import type { TrainedPerYear } from '../../../data/selectors/trained';
import type { Translator } from '../../../i18n/translator';
import type { ChartSeries } from '../series';
import { yearText } from './formats';
import { peopleLabel, peopleTrainedMeasures, peopleTrainedValues } from './people-trained';

/** People trained per year as a range, with the trainings that gave no number in the table. */
export function trainedPerYearSeries(rows: TrainedPerYear[], i18n: Translator): ChartSeries {
  const { people, measures } = peopleTrainedMeasures(i18n);
  return {
    categoryLabel: i18n.t('charts.perYear.year'),
    measures,
    rows: rows.map((row) => ({
      id: String(row.year),
      label: yearText(i18n, row.year),
      values: peopleTrainedValues(row),
    })),
    stacked: false,
    formatTick: (value) => i18n.formatNumber(value),
    directLabel: peopleLabel(people),
  };
}
