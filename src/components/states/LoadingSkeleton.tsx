import { useI18n } from '../../i18n/i18n-context';

/** The page's outline while the dataset loads, so nothing jumps when it arrives. */
export function LoadingSkeleton() {
  const { t } = useI18n();
  return (
    <div className="skeleton" role="status" aria-live="polite" aria-busy="true">
      <p className="visually-hidden">{t('state.loading')}</p>
      <div className="skeleton-block skeleton-title" aria-hidden="true" />
      <div className="skeleton-row" aria-hidden="true">
        <div className="skeleton-block skeleton-stat" />
        <div className="skeleton-block skeleton-stat" />
        <div className="skeleton-block skeleton-stat" />
      </div>
      {[0, 1, 2, 3].map((line) => (
        <div key={line} className="skeleton-block skeleton-line" aria-hidden="true" />
      ))}
    </div>
  );
}
