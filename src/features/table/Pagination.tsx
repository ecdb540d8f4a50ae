import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages-en';

interface PaginationProps {
  /** The page shown, already clamped to [1, pageCount]. */
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
}

/** First, previous, next and last page, with where the reader is ("Page 2 of 5"). */
export function Pagination({ page, pageCount, onPageChange }: PaginationProps) {
  const { t, formatNumber } = useI18n();
  const button = (label: MessageKey, target: number) => (
    <PageButton label={t(label)} disabled={target === page} onClick={() => onPageChange(target)} />
  );
  return (
    <nav className="pagination" aria-label={t('table.pagination.label')}>
      {button('table.pagination.first', 1)}
      {button('table.pagination.previous', Math.max(1, page - 1))}
      <span className="pagination-status">
        {t('table.pagination.status', { page: formatNumber(page), count: formatNumber(pageCount) })}
      </span>
      {button('table.pagination.next', Math.min(pageCount, page + 1))}
      {button('table.pagination.last', pageCount)}
    </nav>
  );
}

interface PageButtonProps {
  label: string;
  disabled: boolean;
  onClick: () => void;
}

// aria-disabled, not disabled: a disabled button drops keyboard focus, so pressing "Next page"
// until the end would throw the reader back to the top of the document.
function PageButton({ label, disabled, onClick }: PageButtonProps) {
  return (
    <button type="button" aria-disabled={disabled} onClick={disabled ? undefined : onClick}>
      {label}
    </button>
  );
}
