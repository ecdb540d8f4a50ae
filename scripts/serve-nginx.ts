// `npm run preview:nginx`: serves dist/ through Debian's nginx with the shipped deploy/nginx.conf,
// in the foreground, exactly as the browser suite, the benchmark and the timing budgets see it.
// `-- --port N` picks the port (default 4173, or PREVIEW_PORT); `-- --dir FOLDER` another build.
import { parseArgs } from 'node:util';
import { startNginx } from '../tests/browser/support/nginx';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PREVIEW_PORT ?? '4173' },
    dir: { type: 'string', default: 'dist' },
  },
});

const server = await startNginx(values.dir, Number(values.port));
console.log(`Serving ${values.dir}/ with deploy/nginx.conf at ${server.url}`);
const stop = () => void server.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
