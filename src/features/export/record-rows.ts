import { neutraliseFormula, type CsvCell, type CsvTable } from '../../data/export/csv';
import type { CooperationRecord, Figure } from '../../data/schema/records';
import { figureRange } from '../../data/selectors/figures';
import { countriesOfRecord, organisationsOfRecord, type DatasetModel } from '../../data/selectors/model';
import { countryName, organisationName } from '../../data/selectors/names';
import type { Translator } from '../../i18n/translator';
import { recordKindKey } from '../../components/record-kind';

/** The columns of the records CSV, in order; their headers come from the catalogue (export.column.*). */
export const RECORD_COLUMNS = [
  'id',
  'type',
  'kind',
  'title',
  'start',
  'end',
  'countries',
  'organisations',
  'roles',
  'themes',
  'place',
  'placeCountry',
  'latitude',
  'longitude',
  'participantsMin',
  'participantsMax',
  'participantsDisputed',
  'amountMin',
  'amountMax',
  'amountDisputed',
  'amountQualifier',
  'amountBasis',
  'amountShare',
  'amountWhole',
  'currency',
  'confidence',
  'confidenceNote',
  'sourceTitles',
  'sourceUrls',
] as const;
export type RecordColumn = (typeof RECORD_COLUMNS)[number];

// Lists inside one cell; a semicolon, because names themselves contain commas.
const LIST_SEPARATOR = '; ';

/**
 * The records as a table for a CSV file: one row per record, labels from the catalogue, figures as
 * numbers (a disputed figure as its lowest and highest value and a flag, never one value picked),
 * and every text cell neutralised against spreadsheet formulas.
 */
export function recordTable(
  model: DatasetModel,
  records: readonly CooperationRecord[],
  translator: Translator,
): CsvTable {
  const header = RECORD_COLUMNS.map((column) => translator.t(`export.column.${column}`));
  const rows = records.map((record) => {
    const cells = recordCells(model, record, translator);
    return RECORD_COLUMNS.map((column) => neutraliseFormula(cells[column]));
  });
  return { header, rows };
}

function recordCells(
  model: DatasetModel,
  record: CooperationRecord,
  { t }: Translator,
): Record<RecordColumn, CsvCell> {
  const join = (values: Iterable<string>) => [...values].join(LIST_SEPARATOR);
  const yesNo = (value: boolean) => t(value ? 'export.value.yes' : 'export.value.no');
  const figureCells = (figure: Figure | undefined) => {
    if (figure === undefined) return { min: null, max: null, disputed: null };
    const range = figureRange(figure);
    return { min: range.min, max: range.max, disputed: yesNo(range.disputed) };
  };
  const participants = figureCells(record.type === 'training' ? record.participants : undefined);
  const amount = record.type === 'partnership' ? record.amount : undefined;
  const kindKey = recordKindKey(record);
  const amountCells = figureCells(amount?.value);
  const sources = record.sources.map((id) => model.sourcesById.get(id));

  return {
    id: record.id,
    type: t(`type.${record.type}`),
    kind: kindKey === null ? null : t(kindKey),
    title: record.title,
    start: record.period.start,
    end: record.period.end ?? null,
    // Sorted so the same record always reads the same, whatever order its parties were entered in.
    countries: join([...countriesOfRecord(model, record)].sort()),
    organisations: join([...organisationsOfRecord(record)].map((id) => organisationName(model, id))),
    roles: join(
      record.parties.map((party) =>
        t('export.value.role', {
          actor:
            party.organisation !== undefined
              ? organisationName(model, party.organisation)
              : countryName(model, party.country ?? ''),
          role: t(`role.${party.role}`),
        }),
      ),
    ),
    themes: join(record.themes.map((theme) => t(`theme.${theme}`))),
    place: record.place?.name ?? null,
    placeCountry: record.place?.country ?? null,
    latitude: record.place?.coordinates?.lat ?? null,
    longitude: record.place?.coordinates?.lon ?? null,
    participantsMin: participants.min,
    participantsMax: participants.max,
    participantsDisputed: participants.disputed,
    amountMin: amountCells.min,
    amountMax: amountCells.max,
    amountDisputed: amountCells.disputed,
    // A lower bound stays one in a spreadsheet: "at least" beside the minimum, never a bare number.
    amountQualifier:
      amount?.qualifier === undefined
        ? null
        : t('export.value.qualifier', { qualifier: amount.qualifier === 'at-least' ? 'atLeast' : 'about' }),
    amountBasis: amount?.basis === undefined ? null : t('recordDetail.basisValue', { basis: amount.basis }),
    amountShare: amount?.share?.percent ?? null,
    amountWhole: amount?.share?.whole ?? null,
    currency: amount?.currency ?? null,
    confidence: t(`confidence.${record.confidence}`),
    confidenceNote: record.confidenceNote ?? null,
    sourceTitles: join(sources.map((source, index) => source?.title ?? record.sources[index] ?? '')),
    sourceUrls: join(sources.map((source) => source?.url ?? '')),
  };
}
