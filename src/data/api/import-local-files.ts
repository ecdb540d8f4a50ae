import { MAX_IMPORT_CHARS, type FileReport, type ImportProblem } from '../import/types';
import type { Dataset } from '../schema/dataset';
import type { CooperationRecord } from '../schema/records';
import { buildModel, type DatasetModel } from '../selectors/model';
import { prepareRecordIndex } from '../selectors/record-index';
import type { ImportReply, ImportRequest, ImportStep } from './import-worker-protocol';

/** What the page shows while a file is opened: the worker's steps, then building the filter's index here. */
export type LocalImportStep = ImportStep | 'indexing';

export type LocalImportFailure =
  | { kind: 'too-large'; file: string; bytes: number; limit: number }
  | { kind: 'problems'; problems: ImportProblem[]; reports: FileReport[] }
  | { kind: 'reader-failed'; detail: string };

export type LocalImportOutcome =
  | { ok: true; model: DatasetModel; reports: FileReport[]; fileNames: string[] }
  | { ok: false; failure: LocalImportFailure };

/** The reader's day as YYYY-MM-DD, for the imported dataset's as-of date. */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Opens data files the reader chose (IATI XML, FTS JSON or a dataset JSON): reads and imports them
 * in a Web Worker, then builds the model and its index in slices, as the published dataset is.
 * Nothing is sent anywhere. A file over the size limit is refused before a byte of it is read.
 */
export async function importLocalFiles(
  files: File[],
  onStep: (step: LocalImportStep) => void,
  today: string = localToday(),
): Promise<LocalImportOutcome> {
  // Bytes are at least as many as characters, so a file within the limit in bytes is within it in text.
  const tooLarge = files.find((file) => file.size > MAX_IMPORT_CHARS);
  if (tooLarge !== undefined) {
    return {
      ok: false,
      failure: { kind: 'too-large', file: tooLarge.name, bytes: tooLarge.size, limit: MAX_IMPORT_CHARS },
    };
  }
  const reply = await collectImport({ files, today }, onStep);
  if (!reply.ok) return reply;
  onStep('indexing');
  const model = buildModel(reply.dataset);
  await prepareRecordIndex(model);
  return { ok: true, model, reports: reply.reports, fileNames: files.map((file) => file.name) };
}

type Collected =
  { ok: true; dataset: Dataset; reports: FileReport[] } | { ok: false; failure: LocalImportFailure };

/** Runs the import in a worker, or here where none starts, and puts the dataset back together. */
function collectImport(request: ImportRequest, onStep: (step: LocalImportStep) => void): Promise<Collected> {
  return new Promise<Collected>((resolve) => {
    let head: Omit<Dataset, 'records'> | undefined;
    let reports: FileReport[] = [];
    const records: CooperationRecord[] = [];
    const receive = (message: ImportReply) => {
      switch (message.type) {
        case 'step':
          onStep(message.step);
          break;
        case 'head':
          head = message.head;
          reports = message.reports;
          break;
        case 'records':
          for (const record of message.records) records.push(record);
          break;
        case 'done':
          if (head === undefined)
            resolve({
              ok: false,
              failure: { kind: 'reader-failed', detail: 'records came without the rest' },
            });
          else resolve({ ok: true, dataset: { ...head, records }, reports });
          break;
        case 'failure':
          resolve({
            ok: false,
            failure: { kind: 'problems', problems: message.problems, reports: message.reports },
          });
          break;
      }
    };
    const fail = (detail: string) => resolve({ ok: false, failure: { kind: 'reader-failed', detail } });

    const worker = startImportWorker();
    if (worker === null) {
      // jsdom, or a browser that refuses module workers: the same work on this thread, loaded on demand.
      import('./run-import')
        .then(({ runImport }) => runImport(request, receive))
        .catch((error: unknown) => fail((error as Error).message));
      return;
    }
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      receive(event.data);
      if (event.data.type === 'done' || event.data.type === 'failure') worker.terminate();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      fail(event.message);
    };
    worker.postMessage(request);
  });
}

function startImportWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./import-worker.ts', import.meta.url), {
      type: 'module',
      name: 'file-importer',
    });
  } catch {
    return null;
  }
}
