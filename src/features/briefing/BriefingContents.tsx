import { useI18n } from '../../i18n/i18n-context';

/** One section of a briefing page: the id of its heading and the heading's words. */
export interface ContentsEntry {
  id: string;
  label: string;
}

/**
 * A short list of the page's sections, key figures first, so a reader on a phone can jump within a
 * profile that runs to many screens. Screen only: paper has page order.
 */
export function BriefingContents({ entries }: { entries: ContentsEntry[] }) {
  const { t } = useI18n();
  if (entries.length < 2) return null;
  return (
    <nav className="briefing-contents no-print" aria-label={t('briefing.contents')}>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              onClick={(event) => {
                // Jump without adding a hash to the app's URL (which holds the view); focus follows.
                const target = document.getElementById(entry.id);
                if (target === null) return;
                event.preventDefault();
                // A heading takes focus only programmatically, so Tab carries on from the section.
                if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
                target.scrollIntoView({ block: 'start' });
                target.focus({ preventScroll: true });
              }}
            >
              {entry.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
