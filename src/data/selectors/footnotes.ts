import type { CooperationRecord } from '../schema/records';

/** Source ids numbered in the order a page first cites them: 1 for the first, and so on. */
export interface SourceNumbering {
  /** The number each cited source carries. */
  numberOf: ReadonlyMap<string, number>;
  /** The cited source ids in note order (index + 1 is the note's number). */
  order: readonly string[];
}

/**
 * Numbers sources by first citation. `citations` lists what the page cites, in the order the
 * reader meets it (summary, then figures, then records); a source cited again keeps its number,
 * so the summary, the figures and the list of notes all agree.
 */
export function numberSources(citations: Iterable<readonly string[]>): SourceNumbering {
  const numberOf = new Map<string, number>();
  const order: string[] = [];
  for (const group of citations) {
    for (const id of group) {
      if (numberOf.has(id)) continue;
      order.push(id);
      numberOf.set(id, order.length);
    }
  }
  return { numberOf, order };
}

/** A run of consecutive note numbers, shown as one marker ("[3–7]"). */
export interface NoteRange {
  first: number;
  last: number;
}

/** The note numbers of some sources as ascending runs; sources the numbering lacks are left out. */
export function noteRanges(numbering: SourceNumbering, sourceIds: readonly string[]): NoteRange[] {
  const numbers = [...new Set(sourceIds.map((id) => numbering.numberOf.get(id)))]
    .filter((n): n is number => n !== undefined)
    .sort((a, b) => a - b);
  const ranges: NoteRange[] = [];
  for (const n of numbers) {
    const last = ranges.at(-1);
    if (last !== undefined && last.last === n - 1) last.last = n;
    else ranges.push({ first: n, last: n });
  }
  return ranges;
}

/** The distinct sources of some records, in record order and, within a record, in its own order. */
export function sourcesOfRecords(records: readonly CooperationRecord[]): string[] {
  const seen = new Set<string>();
  for (const record of records) for (const id of record.sources) seen.add(id);
  return [...seen];
}

/** What a figure rests on: the records it is computed from and their sources, for its footnote markers. */
export interface Cited {
  recordIds: string[];
  sourceIds: string[];
}

/** A count of records with the records and sources behind it. */
export interface CitedCount extends Cited {
  count: number;
}

/** The count, ids and sources of some records. */
export function citedCount(records: readonly CooperationRecord[]): CitedCount {
  return {
    count: records.length,
    recordIds: records.map((record) => record.id),
    sourceIds: sourcesOfRecords(records),
  };
}
