import { useI18n } from '../../i18n/i18n-context';

/** Shown for the moment a panel's code is still loading. */
export function PanelFallback() {
  const { t } = useI18n();
  return (
    <div className="skeleton" role="status">
      <p className="visually-hidden">{t('explore.panelLoading')}</p>
      <div className="skeleton-block skeleton-line" aria-hidden="true" />
    </div>
  );
}
