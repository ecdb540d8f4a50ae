import type { ReactNode } from 'react';
import { isHttpUrl } from '../data/schema/http-url';
import { useI18n } from '../i18n/i18n-context';

interface SafeExternalLinkProps {
  href: string;
  children: ReactNode;
}

/**
 * A link from the data. Only http(s) addresses become links, opened in a new tab without giving
 * the other page a handle on ours; anything else (javascript:, data:) is shown as inert text.
 */
export function SafeExternalLink({ href, children }: SafeExternalLinkProps) {
  const { t } = useI18n();
  if (!isHttpUrl(href)) {
    return (
      <span className="unsafe-link">
        {children} {t('link.unsafe')}
      </span>
    );
  }
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> {t('link.opensInNewTab')}</span>
    </a>
  );
}
