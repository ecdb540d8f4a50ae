import { useMemo } from 'react';
import { ROLE_GROUP_NAMES, topActors } from '../../../data/selectors/activity';
import { useI18n } from '../../../i18n/i18n-context';
import { TOP_LIMIT } from '../builders/top-limit';
import { topActorsSeries } from '../builders/top-actors';
import { activityBarFilter } from '../bar-filters';
import { ChartCard } from '../ChartCard';
import { rowLinks } from '../row-links';
import { asCount } from '../series';
import { ChoiceGroup } from '../ChoiceGroup';
import { sentences } from '../notes';
import { ActorKindChoice } from './ActorKindChoice';
import type { CardProps } from './card-props';

/** The most active countries or organisations in a role group: giving, receiving, training or hosting. */
export function ActivityCard({ model, records, context, options, onOptionsChange, openRecords }: CardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { activityRole: group, activityBy: by } = options;
  const actors = useMemo(() => topActors(model, records, { by, group }), [model, records, by, group]);
  const series = useMemo(() => topActorsSeries(model, actors, by, i18n), [model, actors, by, i18n]);
  const rowLink = rowLinks(
    openRecords,
    (base, row) => activityBarFilter(base, by, group, row.id),
    (row) => asCount(row.values.records),
  );
  return (
    <ChartCard
      title={t('charts.activity.title')}
      units={sentences(
        t('charts.activity.units', { by, group }),
        actors.length > TOP_LIMIT && t('charts.topOf', { shown: TOP_LIMIT, total: actors.length }),
      )}
      controls={
        <>
          <ChoiceGroup
            legend={t('charts.activity.roleLegend')}
            choices={ROLE_GROUP_NAMES.map((name) => ({ value: name, label: t(`charts.roleGroup.${name}`) }))}
            value={group}
            onChange={(activityRole) => onOptionsChange({ activityRole })}
          />
          <ActorKindChoice value={by} onChange={(activityBy) => onOptionsChange({ activityBy })} />
        </>
      }
      series={series}
      orientation="bars"
      emptyMessage={t('charts.activity.empty', { by })}
      context={context}
      rowLink={rowLink}
      fileStem="activity"
    />
  );
}
