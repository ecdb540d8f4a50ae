// Records from the base and from every file, one per origin. Rules:
// - every base record is kept;
// - the same item (origin format + id) in two files is one record: the copy last updated wins;
// - a hand-entered base record (its id is not the one the importer derives) that names the same
//   origin stays as its editors wrote it, and cites the imported record's sources as well.
import type { CooperationRecord } from '../../schema/records';
import type { DuplicateItem } from '../types';
import { unique } from './remap-record';

export interface RecordInput {
  file: string;
  records: readonly CooperationRecord[];
}

export interface RecordMerge {
  records: CooperationRecord[];
  /** What happened to each input's duplicates, in the order of the inputs. */
  duplicates: DuplicateItem[][];
}

const BASE = 'the base dataset';

export function mergeRecords(
  base: readonly CooperationRecord[],
  inputs: readonly RecordInput[],
): RecordMerge {
  const records = [...base];
  const baseIds = new Set(base.map((record) => record.id));
  const fileOf = new Map(base.map((record) => [record.id, BASE]));
  const indexById = new Map(base.map((record, index) => [record.id, index]));
  const indexByOrigin = new Map<string, number>();
  base.forEach((record, index) => {
    const key = originKey(record);
    if (key !== undefined && !indexByOrigin.has(key)) indexByOrigin.set(key, index);
  });

  const duplicates = inputs.map((input) => {
    const found: DuplicateItem[] = [];
    for (const record of input.records) {
      const key = originKey(record);
      const index = key === undefined ? undefined : indexByOrigin.get(key);
      const held = index === undefined ? undefined : records[index];
      if (index !== undefined && held !== undefined) {
        if (baseIds.has(held.id) && held.id !== record.id) {
          records[index] = { ...held, sources: unique([...held.sources, ...record.sources]) };
          found.push({
            id: record.id,
            detail: `merged with the hand-entered record "${held.id}" of ${BASE}, which is kept as written and now also cites this file's source`,
          });
          continue;
        }
        const newer = isNewer(record, held);
        const otherFile = fileOf.get(held.id) ?? BASE;
        const winner = newer ? record : held;
        if (newer) {
          records[index] = record;
          indexById.delete(held.id);
          indexById.set(record.id, index);
          fileOf.set(record.id, input.file);
        }
        const where = otherFile === input.file ? 'earlier in this file' : `in ${otherFile}`;
        found.push({
          id: record.id,
          detail: `also ${where}: kept the copy last updated ${winner.origin?.lastUpdated ?? '(no date)'} (${newer ? input.file : otherFile})`,
        });
        continue;
      }
      const sameId = indexById.get(record.id);
      if (sameId !== undefined) {
        found.push({
          id: record.id,
          detail: `a different record with this id is already in ${fileOf.get(record.id) ?? BASE}: kept that one`,
        });
        continue;
      }
      indexById.set(record.id, records.length);
      if (key !== undefined) indexByOrigin.set(key, records.length);
      fileOf.set(record.id, input.file);
      records.push(record);
    }
    return found;
  });
  return { records, duplicates };
}

function originKey(record: CooperationRecord): string | undefined {
  return record.origin ? `${record.origin.format}:${record.origin.id}` : undefined;
}

// Later lastUpdated wins; a copy without a date never beats one with a date; a tie keeps the first.
function isNewer(candidate: CooperationRecord, held: CooperationRecord): boolean {
  const next = timeOf(candidate.origin?.lastUpdated);
  const current = timeOf(held.origin?.lastUpdated);
  return next > current;
}

function timeOf(dateTime: string | undefined): number {
  if (dateTime === undefined) return Number.NEGATIVE_INFINITY;
  const time = Date.parse(dateTime);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}
