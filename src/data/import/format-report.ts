// The import report in plain English, for the CLI (the app shows the same reports as data).
import type { FileReport, ImportFormat, ImportProblem, Repair } from './types';

const FORMAT_NAMES: Readonly<Record<ImportFormat, { name: string; items: string }>> = {
  iati: { name: 'IATI activity file', items: 'activities' },
  fts: { name: 'OCHA FTS flow-search response', items: 'flows' },
  dataset: { name: 'dataset', items: 'records' },
};

/** Where a problem is and what it is: "a.xml › GB-1 › iati-activity/title (line 12): message". */
export function formatImportProblem(problem: ImportProblem): string {
  const place = [problem.file || '(no file)', problem.item, problem.path].filter(Boolean).join(' › ');
  const line = problem.line === undefined ? '' : ` (line ${problem.line})`;
  return `${place}${line}: ${problem.message}`;
}

/** One block of lines per file: what was read, taken and why, left out and why, merged, repaired. */
export function formatReport(report: FileReport): string[] {
  const { name, items } = FORMAT_NAMES[report.format];
  const version = report.version ? ` ${report.version}` : '';
  const lines = [`${report.file} (${name}${version})`, `  read: ${report.read} ${items}`];
  if (report.format !== 'dataset' || report.taken.length > 0) {
    lines.push(`  taken as mine action: ${report.taken.length}`);
    for (const item of report.taken) {
      const why = item.reasons.map((reason) => `${reason.rule}: ${reason.evidence}`).join('; ');
      lines.push(`    ${item.id} "${clip(item.title)}": ${why}`);
    }
    lines.push(`  left out: ${report.leftOut.length}`);
    for (const item of report.leftOut) lines.push(`    ${item.id} "${clip(item.title)}": ${item.why}`);
  }
  lines.push(`  merged as duplicates: ${report.duplicates.length}`);
  for (const item of report.duplicates) lines.push(`    ${item.id}: ${item.detail}`);
  lines.push(`  repaired or dropped: ${report.repairs.length}`);
  for (const repair of report.repairs) lines.push(`    ${formatRepair(repair)}`);
  return lines;
}

function formatRepair(repair: Repair): string {
  const place = [repair.item, repair.path].filter(Boolean).join(' › ');
  const line = repair.line === undefined ? '' : ` (line ${repair.line})`;
  return `[${repair.kind}] ${place}${line}: ${repair.detail}`;
}

// Descriptions run to paragraphs; a report line needs enough to recognise the item.
const TITLE_LENGTH = 90;

function clip(title: string): string {
  return title.length <= TITLE_LENGTH ? title : `${title.slice(0, TITLE_LENGTH - 1).trimEnd()}…`;
}
