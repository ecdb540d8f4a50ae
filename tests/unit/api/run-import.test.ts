import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../../mocks/datasets';
import type { ImportReply } from '../../../src/data/api/import-worker-protocol';
import { runImport } from '../../../src/data/api/run-import';

async function replies(files: File[]): Promise<ImportReply[]> {
  const messages: ImportReply[] = [];
  await runImport({ files, today: '2026-12-06' }, (message) => messages.push(message));
  return messages;
}

describe('runImport (the import worker’s work)', () => {
  it('says each step, then sends the dataset in pieces', async () => {
    const file = new File([JSON.stringify(sampleDataset)], 'copy.json', { type: 'application/json' });
    const messages = await replies([file]);
    const steps = messages.flatMap((message) => (message.type === 'step' ? [message.step] : []));
    expect([...new Set(steps)]).toEqual(['reading', 'importing', 'checking']);
    const kinds = messages.map((message) => message.type).filter((type) => type !== 'step');
    expect(kinds[0]).toBe('head');
    expect(kinds.at(-1)).toBe('done');
    const records = messages.flatMap((message) => (message.type === 'records' ? message.records : []));
    expect(records).toHaveLength(sampleDataset.records.length);
  });

  it('answers a file that is no data file with its problem, not a crash', async () => {
    const messages = await replies([new File(['<html></html>'], 'page.html')]);
    const failure = messages.find((message) => message.type === 'failure');
    expect(failure).toMatchObject({ type: 'failure', problems: [{ file: 'page.html' }] });
    expect(messages.some((message) => message.type === 'done')).toBe(false);
  });
});
