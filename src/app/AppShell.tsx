import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../data/api/dataset-query';
import { useI18n } from '../i18n/i18n-context';
import { DatasetFooter } from './DatasetFooter';
import { DatasetGate } from '../components/DatasetGate';
import { DevScenarioSwitcher } from './DevScenarioSwitcher';
import { LanguageSwitcher } from './LanguageSwitcher';
import { RouteSwitch } from './routes/RouteSwitch';

/** The frame every page shares: skip link, header, main content and the dataset footer. */
export function AppShell() {
  const { t } = useI18n();
  const dataset = useQuery(datasetQueryOptions());
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-name">{t('app.name')}</p>
        <LanguageSwitcher />
        {import.meta.env.DEV && <DevScenarioSwitcher />}
      </header>
      <main id="main" tabIndex={-1}>
        <DatasetGate query={dataset}>{(model) => <RouteSwitch model={model} />}</DatasetGate>
      </main>
      {dataset.data && <DatasetFooter meta={dataset.data.dataset.meta} />}
    </>
  );
}
