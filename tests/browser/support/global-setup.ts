import { existsSync } from 'node:fs';
import { assertChromiumInstalled } from './chromium';

export default function globalSetup(): void {
  assertChromiumInstalled();
  if (!existsSync('dist/index.html') || !existsSync('dist/api/v1/dataset.json')) {
    throw new Error('The browser suite tests the production build: run `npm run build` first.');
  }
}
