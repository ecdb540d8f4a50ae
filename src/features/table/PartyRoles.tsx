import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName, organisationName } from '../../data/selectors/names';
import { shownParties, type PartyFocus } from '../../data/selectors/shown-parties';
import { useI18n } from '../../i18n/i18n-context';

// Enough to see who gave and who received; a coalition of twelve donors would fill the screen.
const MOST_SHOWN = 3;

/** Who did what in a record, one party a line ("JICA: donor"), narrowed to the chosen countries and organisations. */
export function PartyRoles({
  model,
  record,
  focus,
}: {
  model: DatasetModel;
  record: CooperationRecord;
  focus: PartyFocus;
}) {
  const { t } = useI18n();
  const parties = shownParties(model, record, focus);
  const more = parties.length - MOST_SHOWN;
  return (
    <ul className="cell-roles">
      {parties.slice(0, more > 1 ? MOST_SHOWN : parties.length).map((party, index) => {
        const name =
          party.organisation !== undefined
            ? organisationName(model, party.organisation)
            : countryName(model, party.country ?? '');
        return (
          // A record may list one party twice in two roles; its place in the list keeps keys unique.
          <li key={index}>{t('table.partyRole', { name, role: t(`role.${party.role}`) })}</li>
        );
      })}
      {/* "and 1 more" would take the line the party itself needs, so one more is shown instead. */}
      {more > 1 && <li className="cell-secondary">{t('table.moreParties', { count: more })}</li>}
    </ul>
  );
}
