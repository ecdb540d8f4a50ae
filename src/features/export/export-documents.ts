import { toCsv } from '../../data/export/csv';
import { datasetSubset } from '../../data/export/dataset-subset';
import { localDay, recordsFileName } from '../../data/export/file-names';
import type { Dataset } from '../../data/schema/dataset';
import type { CooperationRecord } from '../../data/schema/records';
import type { RecordFilter } from '../../data/selectors/filter';
import type { DatasetModel } from '../../data/selectors/model';
import type { Translator } from '../../i18n/translator';
import { describeFilter } from '../../components/filter-description';
import { recordTable } from './record-rows';

/** What an export is made from: the records the reader sees, the filter that chose them, and the view's link. */
export interface ExportInput {
  model: DatasetModel;
  records: readonly CooperationRecord[];
  filter: RecordFilter;
  /** The absolute link to the view the export was made from. */
  link: string;
  date: Date;
}

/** The records as a CSV document (UTF-8 with a byte order mark). */
export function recordsCsv({ model, records }: ExportInput, translator: Translator): string {
  return toCsv(recordTable(model, records, translator));
}

/**
 * The records as a dataset document that passes the dataset validator, with a note in meta.notes
 * saying it is an export, of what, and when.
 */
export function recordsDataset(input: ExportInput, translator: Translator, schemaUrl?: string): Dataset {
  const { model, records, filter, link, date } = input;
  const note = translator.t('export.json.note', {
    date: localDay(date),
    count: records.length,
    total: model.dataset.records.length,
    filters: describeFilter(model, filter, translator),
    link,
  });
  return datasetSubset(model.dataset, records, { note, ...(schemaUrl === undefined ? {} : { schemaUrl }) });
}

/** The dataset as JSON text, indented like the file it came from. */
export function datasetJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

export type ExportFormat = 'csv' | 'json';

export interface ExportFile {
  fileName: string;
  text: string;
  type: 'text/csv' | 'application/json';
}

/** The file a format makes of the input: named after the filter and the day. */
export function exportFile(
  format: ExportFormat,
  input: ExportInput,
  translator: Translator,
  schemaUrl?: string,
): ExportFile {
  const fileName = recordsFileName(input.filter, input.date, format);
  return format === 'csv'
    ? { fileName, text: recordsCsv(input, translator), type: 'text/csv' }
    : { fileName, text: datasetJson(recordsDataset(input, translator, schemaUrl)), type: 'application/json' };
}
