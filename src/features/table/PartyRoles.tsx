import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import { partyLabel, shownParties, type PartyFocus } from '../../data/selectors/shown-parties';
import { useI18n } from '../../i18n/i18n-context';

// Enough to see who gave and who received; a coalition of twelve donors would fill the screen.
const MOST_SHOWN = 3;

/**
 * Who did what in a record, one party a line ("JICA: implementer"), narrowed to the chosen
 * countries and organisations. An organisation goes by its acronym, spelt out in an <abbr> title;
 * the record's dialog names it in full.
 */
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
        const { short, full } = partyLabel(model, party);
        // The message puts the name into a sentence; a marker in its place lets the <abbr> stand there.
        const [before = '', after = ''] = t('table.partyRole', {
          name: NAME_MARK,
          role: t(`role.${party.role}`),
        }).split(NAME_MARK);
        return (
          // A record may list one party twice in two roles; its place in the list keeps keys unique.
          <li key={index}>
            {before}
            {short === full ? full : <abbr title={full}>{short}</abbr>}
            {after}
          </li>
        );
      })}
      {/* "and 1 more" would take the line the party itself needs, so one more is shown instead. */}
      {more > 1 && <li className="cell-secondary">{t('table.moreParties', { count: more })}</li>}
    </ul>
  );
}

const NAME_MARK = '\u0000';
