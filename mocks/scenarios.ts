// Every state the dataset request can put the app in, as a named scenario. The dev server
// switches between them with ?scenario=NAME; tests pick one with server.use(scenarios.NAME).
export const SCENARIO_NAMES = ['default', 'slow', 'server-error', 'empty', 'invalid'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export function isScenarioName(value: string | null): value is ScenarioName {
  return value !== null && (SCENARIO_NAMES as readonly string[]).includes(value);
}
