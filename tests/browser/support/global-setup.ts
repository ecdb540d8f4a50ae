import { existsSync } from 'node:fs';
import { assertChromiumInstalled } from './chromium';
import { assertNginxInstalled } from './nginx';

export default function globalSetup(): void {
  assertChromiumInstalled();
  assertNginxInstalled();
  if (!existsSync('dist/index.html') || !existsSync('dist/api/v1/dataset.json')) {
    throw new Error('The browser suite tests the production build: run `npm run build` first.');
  }
}
