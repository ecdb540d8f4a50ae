import { useI18n } from '../../i18n/i18n-context';

export type ChartView = 'chart' | 'table';

interface ViewToggleProps {
  view: ChartView;
  onChange: (view: ChartView) => void;
}

/** Two pressed-or-not buttons: the chart or the same numbers as a table. */
export function ViewToggle({ view, onChange }: ViewToggleProps) {
  const { t } = useI18n();
  return (
    <div className="chart-view-toggle" role="group" aria-label={t('charts.view.label')}>
      <button type="button" aria-pressed={view === 'chart'} onClick={() => onChange('chart')}>
        {t('charts.view.chart')}
      </button>
      <button type="button" aria-pressed={view === 'table'} onClick={() => onChange('table')}>
        {t('charts.view.table')}
      </button>
    </div>
  );
}
