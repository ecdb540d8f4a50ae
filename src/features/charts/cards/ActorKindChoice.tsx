import type { ActorKind } from '../../../data/selectors/actors';
import { useI18n } from '../../../i18n/i18n-context';
import { ChoiceGroup } from '../ChoiceGroup';

const ACTOR_KINDS: readonly ActorKind[] = ['country', 'organisation'];

/** Countries or organisations: the switch the ranking charts share. */
export function ActorKindChoice({
  value,
  onChange,
}: {
  value: ActorKind;
  onChange: (value: ActorKind) => void;
}) {
  const { t } = useI18n();
  return (
    <ChoiceGroup
      legend={t('charts.actorKind.legend')}
      choices={ACTOR_KINDS.map((kind) => ({ value: kind, label: t(`charts.actorKind.${kind}`) }))}
      value={value}
      onChange={onChange}
    />
  );
}
