import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n-context';

interface LoadFailurePanelProps {
  error: Error;
  retrying: boolean;
  onRetry: () => void;
}

/** The request failed: say what happened and offer to try again. */
export function LoadFailurePanel({ error, retrying, onRetry }: LoadFailurePanelProps) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the news so keyboard and screen reader users hear it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="state-panel state-panel-error" role="alert" aria-labelledby="load-failure-title">
      <h1 id="load-failure-title" ref={heading} tabIndex={-1}>
        {t('state.error.title')}
      </h1>
      <p>{t('state.error.body', { reason: error.message })}</p>
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t('state.error.retrying') : t('state.error.retry')}
      </button>
    </section>
  );
}
