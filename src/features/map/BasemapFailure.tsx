import { useI18n } from '../../i18n/i18n-context';

interface BasemapFailureProps {
  error: Error;
  retrying: boolean;
  onRetry: () => void;
}

/** The basemap file did not arrive: the rest of the page stands, and the map can be tried again. */
export function BasemapFailure({ error, retrying, onRetry }: BasemapFailureProps) {
  const { t } = useI18n();
  return (
    <section className="state-panel state-panel-error" role="alert" aria-label={t('map.basemap.failed')}>
      <p>{t('map.basemap.failedBody', { reason: error.message })}</p>
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t('state.error.retrying') : t('state.error.retry')}
      </button>
    </section>
  );
}
