import type { ActorCount } from '../../../data/selectors/activity';
import type { ActorKind } from '../../../data/selectors/actors';
import type { DatasetModel } from '../../../data/selectors/model';
import type { Translator } from '../../../i18n/translator';
import { PALETTE } from '../palette';
import { cellText, type BarMeasure, type ChartSeries } from '../series';
import { actorAxisName, actorName } from './actor-names';
import { countText } from './formats';
import { TOP_LIMIT } from './top-limit';

/** The most active countries or organisations, one bar each, largest first. */
export function topActorsSeries(
  model: DatasetModel,
  actors: ActorCount[],
  by: ActorKind,
  i18n: Translator,
): ChartSeries {
  const records: BarMeasure = {
    key: 'records',
    label: i18n.t('charts.measure.records'),
    draw: 'bar',
    color: PALETTE.blue,
    format: countText(i18n),
  };
  return {
    categoryLabel: i18n.t('charts.actorKind.header', { by }),
    measures: [records],
    rows: actors.slice(0, TOP_LIMIT).map((actor) => ({
      id: actor.id,
      label: actorName(model, by, actor.id),
      axisLabel: actorAxisName(model, by, actor.id),
      values: { records: actor.count },
    })),
    stacked: false,
    formatTick: (value) => i18n.formatNumber(value),
    directLabel: (row) => cellText(records, row),
  };
}
