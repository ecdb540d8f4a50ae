import type { DatasetModel } from '../data/selectors/model';
import { useI18n } from '../i18n/i18n-context';
import { HeaderTools } from './HeaderTools';

/**
 * The header every page shares: the dashboard's name and its tools. Also in the HTML each build
 * writes before any script runs (first-paint/StaticExplorePage), so it is drawn there at the size
 * the app draws it.
 */
export function AppHeader({ model }: { model: DatasetModel | undefined }) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <p className="app-name">{t('app.name')}</p>
      <HeaderTools model={model} />
    </header>
  );
}
