import { closeSync, openSync, writeSync } from 'node:fs';
import type { DatasetParts } from './dataset';

const CHUNK_CHARACTERS = 1_000_000;

/**
 * Writes a dataset as compact JSON, one record at a time, with the same text JSON.stringify
 * would give for the whole document. Returns the number of bytes written.
 */
export function writeDatasetJson(file: string, { frame, records }: DatasetParts): number {
  const descriptor = openSync(file, 'w');
  let bytes = 0;
  const write = (text: string) => {
    const buffer = Buffer.from(text);
    // A write may take fewer bytes than offered; carry on from where it stopped.
    for (let offset = 0; offset < buffer.length;) offset += writeSync(descriptor, buffer, offset);
    bytes += buffer.length;
  };
  try {
    // The frame's closing brace is replaced by the records list, so records stay the last key.
    write(`${JSON.stringify(frame).slice(0, -1)},"records":[`);
    let pending: string[] = [];
    let size = 0;
    let first = true;
    for (const record of records) {
      const text = (first ? '' : ',') + JSON.stringify(record);
      first = false;
      pending.push(text);
      size += text.length;
      if (size >= CHUNK_CHARACTERS) {
        write(pending.join(''));
        pending = [];
        size = 0;
      }
    }
    write(`${pending.join('')}]}`);
  } finally {
    closeSync(descriptor);
  }
  return bytes;
}
