// `npm test`: every check main must pass, in the order that fails fastest.
// Prints a summary with the time each step took and ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

interface Step {
  name: string;
  command: string[];
}

const bin = (name: string) => `./node_modules/.bin/${name}`;

const steps: Step[] = [
  { name: 'type-check', command: [bin('tsc'), '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', command: [bin('eslint'), '.', '--max-warnings', '0'] },
  { name: 'format', command: [bin('prettier'), '--check', '.', '--log-level', 'warn'] },
  { name: 'JSON Schema up to date', command: [bin('tsx'), 'scripts/generate-schema.ts', '--check'] },
  {
    name: 'validate bundled dataset',
    command: [bin('tsx'), 'scripts/validate-data.ts', 'mocks/data/dataset.json'],
  },
  {
    name: 'unit and component tests',
    command: [
      bin('vitest'),
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile=reports/unit-results.json',
    ],
  },
  { name: 'production build', command: [bin('vite'), 'build', '--logLevel', 'warn'] },
  { name: 'embed build', command: [bin('vite'), 'build', '--mode', 'embed', '--logLevel', 'warn'] },
  { name: 'bundle budgets', command: [bin('tsx'), 'scripts/check-bundle-budgets.ts'] },
  { name: 'browser suite (Chromium)', command: [bin('playwright'), 'test'] },
];

const results: { name: string; seconds: number; ok: boolean }[] = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
  const started = performance.now();
  const [command, ...args] = step.command;
  const run = spawnSync(command!, args, { stdio: 'inherit' });
  const seconds = (performance.now() - started) / 1000;
  const ok = run.status === 0;
  results.push({ name: step.name, seconds, ok });
  if (!ok) break;
}

const counts = countTests();
console.log('\n=== summary');
for (const result of results) {
  console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name.padEnd(28)} ${result.seconds.toFixed(1)} s`);
}
const skipped = steps.slice(results.length).map((step) => step.name);
if (skipped.length > 0) console.log(`not run: ${skipped.join(', ')}`);
console.log(`unit/component: ${counts.unit.passed} passed, ${counts.unit.failed} failed`);
console.log(`browser: ${counts.browser.passed} passed, ${counts.browser.failed} failed`);
const allOk = results.length === steps.length && results.every((result) => result.ok);
const failedSteps = results.filter((result) => !result.ok).length;
console.log(
  `${counts.unit.passed + counts.browser.passed} passed, ${counts.unit.failed + counts.browser.failed + failedSteps} failed`,
);
process.exitCode = allOk ? 0 : 1;

function countTests() {
  const unit = { passed: 0, failed: 0 };
  const browser = { passed: 0, failed: 0 };
  if (existsSync('reports/unit-results.json') && results.some((r) => r.name.startsWith('unit'))) {
    const report = JSON.parse(readFileSync('reports/unit-results.json', 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
    };
    unit.passed = report.numPassedTests;
    unit.failed = report.numFailedTests;
  }
  if (existsSync('reports/browser-results.json') && results.some((r) => r.name.startsWith('browser'))) {
    const report = JSON.parse(readFileSync('reports/browser-results.json', 'utf8')) as {
      stats: { expected: number; unexpected: number; flaky: number };
    };
    browser.passed = report.stats.expected + report.stats.flaky;
    browser.failed = report.stats.unexpected;
  }
  return { unit, browser };
}
