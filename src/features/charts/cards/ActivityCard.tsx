import { useMemo, useState } from 'react';
import { ROLE_GROUP_NAMES, topActors, type RoleGroup } from '../../../data/selectors/activity';
import type { ActorKind } from '../../../data/selectors/actors';
import { useI18n } from '../../../i18n/i18n-context';
import { TOP_LIMIT } from '../builders/top-limit';
import { topActorsSeries } from '../builders/top-actors';
import { ChartCard } from '../ChartCard';
import { ChoiceGroup } from '../ChoiceGroup';
import { sentences } from '../notes';
import { ActorKindChoice } from './ActorKindChoice';
import type { CardProps } from './card-props';

/** The most active countries or organisations in a role group: giving, receiving, training or hosting. */
export function ActivityCard({ model, records, source }: CardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [group, setGroup] = useState<RoleGroup>('giving');
  const [by, setBy] = useState<ActorKind>('country');
  const actors = useMemo(() => topActors(model, records, { by, group }), [model, records, by, group]);
  const series = useMemo(() => topActorsSeries(model, actors, by, i18n), [model, actors, by, i18n]);
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
            onChange={setGroup}
          />
          <ActorKindChoice value={by} onChange={setBy} />
        </>
      }
      series={series}
      orientation="bars"
      emptyMessage={t('charts.activity.empty', { by })}
      source={source}
      fileStem="activity"
    />
  );
}
