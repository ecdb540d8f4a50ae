import type { ImportProblem } from '../../data/import/types';
import { useI18n } from '../../i18n/i18n-context';

/** How many problems are listed before the rest are only counted: a broken file can have thousands. */
export const PROBLEMS_SHOWN = 50;

/**
 * Why an import failed, each problem where the command line puts it: file, item id, element path,
 * line, then the message. Everything here comes from the file and is rendered as text.
 */
export function ImportProblemList({ problems }: { problems: readonly ImportProblem[] }) {
  const { t, formatNumber } = useI18n();
  const shown = problems.slice(0, PROBLEMS_SHOWN);
  const more = problems.length - shown.length;
  return (
    <>
      <ul className="import-problems">
        {shown.map((problem, index) => (
          <li key={index}>
            <span className="import-problem-where">
              {[
                problem.file,
                problem.item === undefined ? null : t('localData.problem.item', { item: problem.item }),
                problem.path ?? null,
                problem.line === undefined
                  ? null
                  : t('localData.problem.line', { line: formatNumber(problem.line) }),
              ]
                .filter((part) => part !== null && part !== '')
                .join(' › ')}
            </span>
            <span className="import-problem-message">{problem.message}</span>
          </li>
        ))}
      </ul>
      {more > 0 && <p>{t('localData.error.more', { count: more })}</p>}
    </>
  );
}
