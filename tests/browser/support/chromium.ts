import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium; Playwright never downloads a browser on these machines. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps calling hosts this network refuses.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: CHROME_PATH, args: CHROMIUM_ARGS };
}

/** Fails loudly, with the fix, when there is no browser: a browser suite must never pass by not running. */
export function assertChromiumInstalled(): void {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROME_PATH}. Install it with ` +
        '`sudo apt-get update && sudo apt-get install -y chromium`, or point CHROME_PATH at a Chromium binary.',
    );
  }
}
