import { problemLocation, type DatasetProblem } from '../../data/schema/problems';
import { useI18n } from '../../i18n/i18n-context';

const PROBLEMS_SHOWN = 20;

/** The file loaded but breaks the contract: name the first problems so its maintainer can fix them. */
export function InvalidDatasetPanel({ problems }: { problems: DatasetProblem[] }) {
  const { t } = useI18n();
  const shown = problems.slice(0, PROBLEMS_SHOWN);
  return (
    <section className="state-panel state-panel-error" aria-labelledby="invalid-dataset-title">
      <h1 id="invalid-dataset-title">{t('state.invalid.title')}</h1>
      <p>
        {t('state.invalid.body', {
          count: problems.length,
          shown: shown.length < problems.length ? shown.length : 0,
        })}
      </p>
      <table className="problem-table">
        <thead>
          <tr>
            <th scope="col">{t('state.invalid.where')}</th>
            <th scope="col">{t('state.invalid.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((problem, index) => (
            <tr key={index}>
              <td>
                <code>{problemLocation(problem)}</code>
              </td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('state.invalid.howToCheck')}</p>
      <pre>
        <code>npm run validate-data -- path/to/dataset.json</code>
      </pre>
    </section>
  );
}
