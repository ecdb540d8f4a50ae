// The FTS reader: a flow-search response in, the mine-action flows out as a fragment of our
// dataset, with a report of every flow taken or left out and why.
import type { Organisation, Source } from '../../schema/entities';
import type { CooperationRecord } from '../../schema/records';
import { arrayElementLines } from '../json-lines';
import { jsonPath, parseJsonText } from '../json-text';
import type { FileReport, FormatOutcome, ImportFile, ImportProblem } from '../types';
import { FtsFlowSchema, FtsResponseSchema } from './fts-schema';
import { leftOutWhy, mapFlow, mineActionReasons } from './map-flow';

/** Reads an OCHA FTS flow-search response into a fragment of our dataset, with its report. */
export function readFtsFile(file: ImportFile): FormatOutcome {
  const parsed = parseJsonText(file.name, file.text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  return readFtsJson(file.name, parsed.value, file.text);
}

/**
 * The same, for JSON already parsed (format detection parses it once; big files are not parsed
 * twice). With the text, problems and repairs also give the line on which their flow starts.
 */
export function readFtsJson(fileName: string, json: unknown, text?: string): FormatOutcome {
  const frame = FtsResponseSchema.safeParse(json);
  if (!frame.success) {
    return {
      ok: false,
      problems: frame.error.issues.map((issue) => ({
        file: fileName,
        ...(issue.path.length > 0 ? { path: jsonPath(issue.path) } : {}),
        message: `is not an FTS flow-search response: ${issue.message}`,
      })),
    };
  }
  if (frame.data.status !== undefined && frame.data.status !== 'ok') {
    return {
      ok: false,
      problems: [
        {
          file: fileName,
          path: 'status',
          message: `the FTS response reports status "${frame.data.status}", not "ok"`,
        },
      ],
    };
  }

  const report: FileReport = {
    file: fileName,
    format: 'fts',
    read: frame.data.data.flows.length,
    taken: [],
    leftOut: [],
    duplicates: [],
    repairs: [],
  };
  const problems: ImportProblem[] = [];
  const organisations = new Map<string, Organisation>();
  const sources: Source[] = [];
  const records: CooperationRecord[] = [];
  const parents: { index: number; id: string; parent: string }[] = [];
  // Scanning the text for lines costs a pass over it: only done when there is something to say.
  let flowLines: number[] | undefined;
  const lineOf = (index: number): { line?: number } => {
    if (text === undefined) return {};
    flowLines ??= arrayElementLines(text, ['data', 'flows']);
    const line = flowLines[index];
    return line === undefined ? {} : { line };
  };

  frame.data.data.flows.forEach((raw, index) => {
    const path = `data.flows[${index}]`;
    const flow = FtsFlowSchema.safeParse(raw);
    if (!flow.success) {
      const item = flowIdOf(raw);
      for (const issue of flow.error.issues) {
        problems.push({
          file: fileName,
          ...(item === undefined ? {} : { item }),
          path: jsonPath(['data', 'flows', index, ...issue.path]),
          ...lineOf(index),
          message: issue.message,
        });
      }
      return;
    }
    const title = flow.data.description?.trim() || `flow ${flow.data.id}`;
    const reasons = mineActionReasons(flow.data);
    if (reasons.length === 0) {
      report.leftOut.push({ id: flow.data.id, title, why: leftOutWhy(flow.data) });
      return;
    }
    const mapped = mapFlow(flow.data, reasons, path);
    if (!mapped.ok) {
      report.leftOut.push({ id: flow.data.id, title, why: mapped.why });
      return;
    }
    report.taken.push({ id: flow.data.id, title: mapped.record.title, reasons });
    if (flow.data.parentFlowId != null)
      parents.push({ index, id: flow.data.id, parent: String(flow.data.parentFlowId) });
    report.repairs.push(...mapped.repairs.map((repair) => ({ ...repair, ...lineOf(index) })));
    records.push(mapped.record);
    sources.push(mapped.source);
    // One organisation appears in many flows: the first mention stands for all, except that a
    // mention as a source that gives the government's home country beats one that does not.
    for (const organisation of mapped.organisations) {
      const known = organisations.get(organisation.id);
      if (known === undefined || (known.country === null && organisation.country !== null)) {
        organisations.set(organisation.id, organisation);
      }
    }
  });

  if (problems.length > 0) return { ok: false, problems };
  // FTS chains flows (donor -> agency -> partner). A child taken beside its parent is the same
  // money twice; both stay, as FTS has them, and the report says so.
  const takenIds = new Set(report.taken.map((item) => item.id));
  for (const { index, id, parent } of parents) {
    if (!takenIds.has(parent)) continue;
    report.repairs.push({
      kind: 'other',
      item: id,
      path: `data.flows[${index}].parentFlowId`,
      ...lineOf(index),
      detail: `flow ${id} passes on money of flow ${parent}, also taken: both are kept, and adding them up counts that money twice`,
    });
  }
  return { ok: true, fragment: { organisations: [...organisations.values()], sources, records }, report };
}

function flowIdOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}
