import { SCENARIO_NAMES } from '../../mocks/scenarios';
import { useI18n } from '../i18n/i18n-context';

/** Development only: links that reload the app with the mock API in another scenario. */
export function DevScenarioSwitcher() {
  const { t } = useI18n();
  return (
    <nav className="dev-scenarios" aria-label={t('dev.scenario.label')}>
      {SCENARIO_NAMES.map((name) => (
        <a key={name} href={`?scenario=${name}`}>
          {name}
        </a>
      ))}
    </nav>
  );
}
