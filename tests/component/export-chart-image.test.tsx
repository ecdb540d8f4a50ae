import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localDay } from '../../src/data/export/file-names';
import { ChartExportButtons } from '../../src/components/chart-image/ChartExportButtons';

// The serialisation itself is tested in tests/unit/export/chart-svg.test.ts; here, the buttons.
const TITLE = 'Records per year & <more>';

function TestFigure({ withChart = true }: { withChart?: boolean }) {
  const figure = useRef<HTMLElement>(null);
  return (
    <figure ref={figure} aria-label={TITLE}>
      <figcaption>
        <h2>{TITLE}</h2>
      </figcaption>
      <ChartExportButtons figureRef={figure} fileStem="records-per-year" title="Records per year" />
      {withChart ? (
        <svg width={300} height={200} role="img" aria-label="chart">
          <rect width={40} height={150} />
        </svg>
      ) : (
        <p>2023: 12 records</p>
      )}
      <p className="chart-source">Source: sample dataset.</p>
    </figure>
  );
}

let saved: { fileName: string; blob: Blob }[];
beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  // jsdom has no object URLs and cannot follow a download link: record what would have been saved.
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ fileName: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

describe('ChartExportButtons', () => {
  it('are a group named after the chart', () => {
    render(<TestFigure />);
    const group = screen.getByRole('group', { name: 'Export chart: Records per year' });
    expect(group).toContainElement(screen.getByRole('button', { name: 'Download PNG' }));
    expect(group).toContainElement(screen.getByRole('button', { name: 'Download SVG' }));
  });

  it('download the figure as an SVG file named after the chart and the day', async () => {
    const user = userEvent.setup();
    render(<TestFigure />);
    await user.click(screen.getByRole('button', { name: 'Download SVG' }));

    const fileName = `chart-records-per-year-${localDay(new Date())}.svg`;
    expect(saved.map((file) => file.fileName)).toEqual([fileName]);
    expect(saved[0]!.blob.type).toBe('image/svg+xml;charset=utf-8');
    const text = await saved[0]!.blob.text();
    expect(text).toContain('<title>Records per year &amp; &lt;more&gt;</title>');
    expect(text).toContain('>Source: sample dataset.</text>');
    expect(screen.getByRole('status')).toHaveTextContent(`Downloaded ${fileName}`);
  });

  it('say what to do when the figure shows its table', async () => {
    const user = userEvent.setup();
    render(<TestFigure withChart={false} />);
    await user.click(screen.getByRole('button', { name: 'Download PNG' }));
    expect(saved).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Show the chart, not its table, to export it as an image.',
    );
  });
});
