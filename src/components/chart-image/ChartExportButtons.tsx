import { useState, type RefObject } from 'react';
import { chartFileName } from '../../data/export/file-names';
import { useI18n } from '../../i18n/i18n-context';
import { downloadBlob, textBlob } from '../download';
import { chartPng } from './chart-png';
import { chartFigureToSvg } from './chart-svg';
import './chart-export.css';

export interface ChartExportButtonsProps {
  /** The chart's <figure>: title in its figcaption, the chart's <svg>, and its source line. */
  figureRef: RefObject<HTMLElement | null>;
  /** What the chart shows, for the file name: "records-per-year" -> chart-records-per-year-2026-11-28.png */
  fileStem: string;
  /** The chart's title, so the buttons of several charts can be told apart. */
  title?: string;
}

/** "Download PNG" and "Download SVG" for one chart figure, with its title and source inside the image. */
export function ChartExportButtons({ figureRef, fileStem, title }: ChartExportButtonsProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');

  const save = async (format: 'png' | 'svg') => {
    const figure = figureRef.current;
    const image = figure === null ? null : chartFigureToSvg(figure);
    if (image === null) {
      setStatus(t('export.chart.noChart'));
      return;
    }
    const date = new Date();
    try {
      const blob = format === 'svg' ? textBlob(image.svg, 'image/svg+xml') : await chartPng(image);
      const fileName = chartFileName(fileStem, date, format);
      downloadBlob(blob, fileName);
      setStatus(t('export.status.downloaded', { fileName }));
    } catch (error) {
      setStatus(t('export.status.failed', { reason: (error as Error).message }));
    }
  };

  return (
    <div
      className="chart-export"
      data-export-ignore
      role="group"
      aria-label={title === undefined ? t('export.chart.group') : t('export.chart.groupNamed', { title })}
    >
      <button type="button" onClick={() => void save('png')}>
        {t('export.chart.png')}
      </button>
      <button type="button" onClick={() => void save('svg')}>
        {t('export.chart.svg')}
      </button>
      <p className="chart-export-status" role="status">
        {status}
      </p>
    </div>
  );
}
