import type { LighthouseFigures } from './lighthouse';
import type { MachineInfo } from './machine';
import type { OpenFileFigures } from './open-data-file';
import type { DatasetSize } from './options';
import type { SizeFigures } from './run-size';
import { ROUTES } from './routes';

export interface BenchReport {
  date: string;
  machine: MachineInfo;
  options: { runs: number; largeRuns: number; changes: number; largeChanges: number; seed: number };
  /** Each dataset measured: a size, or the dataset imported from the synthetic IATI file. */
  sizes: { size: DatasetSize | 'imported IATI'; records: number | null; figures: SizeFigures }[];
  /** The imported-IATI case's file, opened in the page with "Open a data file" (scripts/bench/imported-iati.ts). */
  openDataFile: ({ megabytes: number; activities: number } & OpenFileFigures) | null;
  /** Median scores per page, on the bundled dataset. */
  lighthouse: Record<string, LighthouseFigures> | null;
}

interface Row {
  label: string;
  value: (figures: SizeFigures) => number | undefined;
  digits?: number;
  target?: string;
}

const route = (name: string, field: keyof SizeFigures['routes'][string]) => (figures: SizeFigures) =>
  figures.routes[name]?.[field];

const ratio = (measured: number | undefined, floor: number | undefined) =>
  measured === undefined || floor === undefined || floor <= 0 ? undefined : measured / floor;

const ROWS: Row[] = [
  ...ROUTES.map((page) => ({
    label: `${page.name}: JS gz kB`,
    value: route(page.name, 'jsGzKb'),
    digits: 1,
    target: page.name === 'explore (map)' ? '<= 200 initial' : page.name === 'embed map' ? '<= 150' : '',
  })),
  { label: 'explore (map): CSS gz kB', value: route('explore (map)', 'cssGzKb'), digits: 1 },
  {
    label: 'explore: first map drawn, ms',
    value: route('explore (map)', 'firstDrawMs'),
    target: '<= 1500 bundled',
  },
  {
    label: 'explore: first chart drawn, ms',
    value: route('explore (charts)', 'firstDrawMs'),
    target: '<= 1500 bundled',
  },
  { label: 'embed map: first map drawn, ms', value: route('embed map', 'firstDrawMs') },
  { label: 'embed chart: first chart drawn, ms', value: route('embed chart', 'firstDrawMs') },
  {
    label: 'dataset fetch+parse+validate+index, ms',
    value: route('explore (map)', 'datasetLoadMs'),
    target: '<= 2x the floor at 100k',
  },
  {
    label: '  floor: fetch().json() alone, ms',
    value: route('explore (map)', 'datasetFloorMs'),
  },
  {
    label: '  ratio to the floor',
    value: (f) => ratio(f.routes['explore (map)']?.datasetLoadMs, f.routes['explore (map)']?.datasetFloorMs),
    digits: 2,
    target: '<= 2 at 100k',
  },
  { label: '  download (fetch + text), ms', value: route('explore (map)', 'datasetDownloadMs') },
  { label: '  JSON.parse, ms', value: route('explore (map)', 'datasetParseMs') },
  { label: '  validate (zod + references), ms', value: route('explore (map)', 'datasetValidateMs') },
  { label: '  index (buildModel), ms', value: route('explore (map)', 'datasetIndexMs') },
  {
    label: 'filter update median, ms',
    value: (f) => f.filter.updatedMedianMs,
    digits: 1,
    target: '<= 50 at 100k, <= 16 at 10k',
  },
  {
    label: 'filter update p95, ms',
    value: (f) => f.filter.updatedP95Ms,
    digits: 1,
    target: '<= 100 at 100k',
  },
  { label: '  to next paint, median, ms', value: (f) => f.filter.paintedMedianMs, digits: 1 },
  { label: '  to next paint, p95, ms', value: (f) => f.filter.paintedP95Ms, digits: 1 },
  { label: '  changes timed (missed)', value: (f) => f.filter.changes },
  { label: 'map pan/zoom frame median, ms', value: (f) => f.mapFrames.medianMs, digits: 1, target: '<= 20' },
  { label: 'map pan/zoom frame p95, ms', value: (f) => f.mapFrames.p95Ms, digits: 1, target: '<= 25' },
  { label: 'map pan/zoom frame max, ms', value: (f) => f.mapFrames.maxMs, digits: 1 },
  { label: 'explore load: long tasks', value: route('explore (map)', 'longTaskCount') },
  {
    label: 'explore load: longest task, ms',
    value: route('explore (map)', 'longestTaskMs'),
    target: '<= 200 at 100k',
  },
  { label: 'explore load: blocking time, ms', value: route('explore (map)', 'blockingMs') },
  { label: 'JS heap after load, MB', value: (f) => f.heap.afterLoadMb, digits: 1 },
  { label: 'JS heap after the timed changes, MB', value: (f) => f.heap.afterChangesMb, digits: 1 },
  { label: '  caches filled by them, MB', value: (f) => f.heap.cachesMb, digits: 1 },
  { label: 'JS heap after half as many more, MB', value: (f) => f.heap.afterMoreChangesMb, digits: 1 },
  {
    label: 'JS heap growth over those, MB',
    value: (f) => f.heap.growthMb,
    digits: 1,
    target: '~0 (flat)',
  },
];

const sizeLabel = (size: DatasetSize | 'imported IATI', records: number | null) =>
  typeof size === 'string' ? `${size} (${records ?? '?'})` : size >= 1000 ? `${size / 1000}k` : String(size);

/** The report as one fixed-width table, machine first, Lighthouse last. */
export function formatReport(report: BenchReport): string {
  const { machine } = report;
  const lines = [
    `Benchmark ${report.date} on ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGb} GB, ` +
      `${machine.os}, Node ${machine.node}, ${machine.chromium}; load average ${machine.loadAverage.start.toFixed(1)}` +
      ` at start, ${machine.loadAverage.end?.toFixed(1) ?? '?'} at end.`,
    `Each figure is the median of ${report.options.runs} runs (${report.options.largeRuns} at 100k records and more); ` +
      `filter latency over ${report.options.changes} changes per run (${report.options.largeChanges} at 100k and more), ` +
      'the heap read after them and after half as many more, untimed.',
    '',
  ];
  const header = ['figure', ...report.sizes.map((entry) => sizeLabel(entry.size, entry.records)), 'target'];
  const body = ROWS.map((row) => {
    const cells = report.sizes.map((entry) => {
      const value = row.value(entry.figures);
      if (value === undefined || !Number.isFinite(value)) return '-';
      const text = value.toFixed(row.digits ?? 0);
      return row.label.includes('(missed)') && entry.figures.filter.missed
        ? `${text} (${entry.figures.filter.missed})`
        : text;
    });
    return [row.label, ...cells, row.target ?? ''];
  });
  lines.push(...fixedWidth(header, body));
  if (report.openDataFile !== null) {
    const open = report.openDataFile;
    lines.push(
      '',
      `"Open a data file" with the imported-IATI case's SYNTHETIC file (${open.megabytes} MB, ${open.activities} activities): ` +
        `${open.toBannerMs.toFixed(0)} ms to the banner, longest task ${open.longestTaskMs.toFixed(0)} ms (target <= 200).`,
    );
  }
  if (report.lighthouse !== null) {
    lines.push('', 'Lighthouse 12.2.3, mobile preset, bundled dataset (median of runs):');
    const lhHeader = ['page', 'performance', 'accessibility', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'];
    const lhBody = Object.entries(report.lighthouse).map(([page, lh]) => [
      page,
      `${lh.performance}`,
      `${lh.accessibility}`,
      lh.fcpMs.toFixed(0),
      lh.lcpMs.toFixed(0),
      lh.tbtMs.toFixed(0),
      lh.cls.toFixed(3),
    ]);
    lines.push(...fixedWidth(lhHeader, lhBody), 'targets: performance >= 95, accessibility 100');
  }
  const errors = report.sizes.flatMap((entry) => entry.figures.consoleErrors);
  if (errors.length > 0) lines.push('', 'Console errors and warnings seen:', ...errors.map((e) => `  ${e}`));
  return lines.join('\n');
}

/** Left-aligned first column, right-aligned figures. */
export function fixedWidth(header: string[], body: string[][]): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => cells[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 || column === cells.length - 1
          ? cell.padEnd(widths[column] ?? 0)
          : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)];
}
