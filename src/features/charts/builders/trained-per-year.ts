import type { TrainedPerYear } from '../../../data/selectors/trained';
import type { Translator } from '../../../i18n/translator';
import type { ChartSeries } from '../series';
import { yearText } from './formats';
import { peopleLabel, peopleTrainedMeasures, peopleTrainedValues } from './people-trained';

/** Every year from the first to the last, those without trainings as empty rows: 2010 and 2017 are seven years apart on the axis. */
function withYearGaps(rows: TrainedPerYear[]): TrainedPerYear[] {
  const first = rows[0];
  const last = rows.at(-1);
  if (first === undefined || last === undefined) return [];
  const byYear = new Map(rows.map((row) => [row.year, row]));
  const all: TrainedPerYear[] = [];
  for (let year = first.year; year <= last.year; year += 1) {
    all.push(byYear.get(year) ?? { year, min: 0, max: 0, trainings: 0, trainingsWithoutCount: 0 });
  }
  return all;
}

/** People trained per year as a range, with the trainings that gave no number in the table. */
export function trainedPerYearSeries(rows: TrainedPerYear[], i18n: Translator): ChartSeries {
  const { people, measures } = peopleTrainedMeasures(i18n);
  return {
    categoryLabel: i18n.t('charts.perYear.year'),
    measures,
    rows: withYearGaps(rows).map((row) => ({
      id: String(row.year),
      label: yearText(i18n, row.year),
      values: peopleTrainedValues(row),
      ...(row.trainings === 0 && { gap: true }),
    })),
    stacked: false,
    formatTick: (value) => i18n.formatNumber(value),
    directLabel: peopleLabel(people),
  };
}
