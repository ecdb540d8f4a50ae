import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../data/api/dataset-query';
import { useI18n } from '../i18n/i18n-context';
import { AppHeader } from './AppHeader';
import { DatasetFooter } from './DatasetFooter';
import { LoadingFrame } from './first-paint/LoadingFrame';
import { DatasetGate } from '../components/DatasetGate';
import { LocalDataBanner } from './local-data/LocalDataBanner';
import { useLocalData } from './local-data/local-data-context';
import { RouteSwitch } from './routes/RouteSwitch';

/**
 * The frame every page shares: skip link, header, main content and the dataset footer. The page
 * shows a data file the reader opened, when there is one, and the published dataset otherwise.
 */
export function AppShell() {
  const { t } = useI18n();
  const dataset = useQuery(datasetQueryOptions());
  const { local } = useLocalData();
  const meta = local?.model.dataset.meta ?? dataset.data?.dataset.meta;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader model={local?.model ?? dataset.data} />
      <main id="main" tabIndex={-1}>
        {local !== null && <LocalDataBanner local={local} />}
        <DatasetGate query={dataset} local={local?.model} loading={<LoadingFrame />}>
          {/* Keyed by the data shown: each file opened starts its views (map fit, drafts) afresh. */}
          {(model) => <RouteSwitch key={local?.id ?? 'published'} model={model} />}
        </DatasetGate>
      </main>
      {meta !== undefined && <DatasetFooter meta={meta} />}
    </>
  );
}
