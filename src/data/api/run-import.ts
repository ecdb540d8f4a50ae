import { importFiles } from '../import/import-files';
import type { ImportProgress } from '../import/types';
import { RECORDS_PER_MESSAGE } from './dataset-worker-protocol';
import type { ImportReply, ImportRequest } from './import-worker-protocol';

/**
 * Reads the files' text and imports them, telling `reply` each step and the outcome. The one body of
 * work for the import worker and for the page's thread where no worker starts, so both say the same.
 */
export async function runImport(request: ImportRequest, reply: (message: ImportReply) => void) {
  try {
    await importAndReply(request, reply);
  } catch (error) {
    // A file the browser cannot read, or input the importer did not foresee: a message, not a crash.
    const file = request.files.map((each) => each.name).join(', ');
    reply({ type: 'failure', problems: [{ file, message: (error as Error).message }], reports: [] });
  }
}

async function importAndReply({ files, today }: ImportRequest, reply: (message: ImportReply) => void) {
  reply({ type: 'step', step: 'reading' });
  const texts = await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
  reply({ type: 'step', step: 'importing' });
  // The importer's own stages: each file read, then the merge and the check of the whole result.
  const onProgress = ({ stage }: ImportProgress) => {
    if (stage !== 'reading') reply({ type: 'step', step: 'checking' });
  };
  const result = importFiles(texts, { today, onProgress });
  if (!result.ok) {
    reply({ type: 'failure', problems: result.problems, reports: result.reports });
    return;
  }
  const { records, ...head } = result.dataset;
  reply({ type: 'head', head, reports: result.reports });
  for (let start = 0; start < records.length; start += RECORDS_PER_MESSAGE) {
    reply({ type: 'records', records: records.slice(start, start + RECORDS_PER_MESSAGE) });
  }
  reply({ type: 'done' });
}
