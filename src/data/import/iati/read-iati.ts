import { classifyMineAction, mineActionDacPercent } from '../mine-action-rule';
import type { Source } from '../../schema/entities';
import type { CooperationRecord } from '../../schema/records';
import type {
  DuplicateItem,
  FileReport,
  FormatOutcome,
  ImportFile,
  LeftOutItem,
  Repair,
  TakenItem,
} from '../types';
import { parseXmlSafely } from '../xml/safe-xml';
import { mapActivity, recordIdOf } from './map-activity';
import { OrganisationRegistry } from './organisations';
import type { IatiActivity } from './iati-activity';
import { readActivities } from './read-activities';
import { oneLine, pickNarrative } from './text';

function titleOf(activity: IatiActivity): string {
  return oneLine(pickNarrative(activity.titles, activity.lang) ?? '') || activity.identifier || '(untitled)';
}

/** Reads an IATI activity file (2.0x or 1.0x) into a fragment of our dataset, with its report. */
export function readIatiFile(file: ImportFile): FormatOutcome {
  const parsed = parseXmlSafely(file.text, file.name);
  if (!parsed.ok) return parsed;
  const { root, version, activities } = readActivities(parsed.document);
  if (root !== 'iati-activities' && root !== 'iati-activity') {
    return {
      ok: false,
      problems: [
        {
          file: file.name,
          line: 1,
          message: `not an IATI activity file: the root element is <${root}>, not <iati-activities>`,
        },
      ],
    };
  }

  const repairs: Repair[] = [];
  const taken: TakenItem[] = [];
  const leftOut: LeftOutItem[] = [];
  const duplicates: DuplicateItem[] = [];
  const records: CooperationRecord[] = [];
  const sources: Source[] = [];
  const organisations = new OrganisationRegistry();
  const seenIds = new Map<string, string>();

  for (const activity of activities) {
    const title = titleOf(activity);
    if (!activity.identifier) {
      leftOut.push({
        id: `line ${activity.line ?? '?'}`,
        title,
        why: 'the activity has no iati-identifier, so it cannot be traced or merged',
      });
      continue;
    }
    const decision = classifyMineAction({
      titles: activity.titles.map((n) => n.text),
      descriptions: activity.descriptions.flatMap((d) => d.narratives.map((n) => n.text)),
      sectors: activity.sectors,
    });
    if (!decision.taken) {
      leftOut.push({ id: activity.identifier, title, why: decision.why });
      continue;
    }
    // Two identifiers can make one record id (e.g. "A/1" and "A-1"); the first activity keeps it.
    const recordId = recordIdOf(activity.identifier);
    const earlier = seenIds.get(recordId);
    if (earlier !== undefined) {
      duplicates.push({
        id: activity.identifier,
        detail: `kept the first activity with this identifier (${earlier}, earlier in ${file.name})`,
      });
      continue;
    }
    const percent = mineActionDacPercent(activity.sectors);
    const mapped = mapActivity(activity, {
      organisations,
      reasons: decision.reasons,
      ...(percent !== undefined ? { percent } : {}),
      repairs,
    });
    if (!mapped) {
      leftOut.push({
        id: activity.identifier,
        title,
        why: 'mine action by the rule, but it lacks what a record needs (see the repairs)',
      });
      continue;
    }
    seenIds.set(recordId, activity.identifier);
    taken.push({ id: activity.identifier, title, reasons: decision.reasons });
    records.push(mapped.record);
    sources.push(...mapped.sources);
  }

  const report: FileReport = {
    file: file.name,
    format: 'iati',
    ...(version ? { version } : {}),
    read: activities.length,
    taken,
    leftOut,
    duplicates,
    repairs,
  };
  return { ok: true, fragment: { organisations: organisations.finish(repairs), sources, records }, report };
}
