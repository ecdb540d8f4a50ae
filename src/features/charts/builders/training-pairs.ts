import type { DatasetModel } from '../../../data/selectors/model';
import { countryName } from '../../../data/selectors/names';
import type { TrainingPair } from '../../../data/selectors/training-pairs';
import type { Translator } from '../../../i18n/translator';
import { shortenLabel } from '../axis-label';
import type { ChartSeries } from '../series';
import { TOP_LIMIT } from './top-limit';
import { peopleLabel, peopleTrainedMeasures, peopleTrainedValues } from './people-trained';

/** People trained per trainer country → trainee country, largest first. */
export function trainingPairsSeries(
  model: DatasetModel,
  pairs: TrainingPair[],
  i18n: Translator,
): ChartSeries {
  const { people, measures } = peopleTrainedMeasures(i18n);
  return {
    categoryLabel: i18n.t('charts.pairs.category'),
    measures,
    rows: pairs.slice(0, TOP_LIMIT).map((pair) => {
      const from = countryName(model, pair.from);
      const to = countryName(model, pair.to);
      return {
        id: `${pair.from}-${pair.to}`,
        label: i18n.t('charts.pairs.pair', { from, to }),
        axisLabel: i18n.t('charts.pairs.pair', { from: shortenLabel(from, 12), to: shortenLabel(to, 12) }),
        values: peopleTrainedValues(pair),
      };
    }),
    stacked: false,
    formatTick: (value) => i18n.formatNumber(value),
    directLabel: peopleLabel(people),
  };
}
