import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_PATH, CHROMIUM_ARGS } from '../../tests/browser/support/chromium';

/** Lighthouse's scores (0-100) and the metrics behind the performance score. */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/**
 * One Lighthouse 12 run with its default settings, which are the mobile preset (a mid-range phone,
 * simulated slow 4G and 4x CPU slowdown), in a Chromium of its own on the given debugging port.
 * Tried a second time if it fails: on a busy machine the Chromium of the run before may still hold
 * the port, and Lighthouse then cannot reach the new one ("Failed to fetch browser webSocket URL").
 */
export async function runLighthouse(url: string, debuggingPort: number): Promise<LighthouseFigures> {
  try {
    return await runOnce(url, debuggingPort);
  } catch (error) {
    console.log(`  Lighthouse failed (${(error as Error).message.split('\n')[0]}); trying once more`);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return runOnce(url, debuggingPort);
  }
}

async function runOnce(url: string, debuggingPort: number): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROMIUM_ARGS,
    port: debuggingPort,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance', 'accessibility'],
      logLevel: 'error',
      output: 'json',
    });
    if (result === undefined) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (name: string) => Math.round((categories[name]?.score ?? Number.NaN) * 100);
    const metric = (name: string) => audits[name]?.numericValue ?? Number.NaN;
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
    };
  } finally {
    chrome.kill();
  }
}
