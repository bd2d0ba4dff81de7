// A small static file server for the demo, the end-to-end tests and the benchmark.
// It listens on 127.0.0.1 only and can add response headers (e.g. a CSP) per path.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves `root` on 127.0.0.1. `headersFor(pathname)` may add headers; `onRequest`
 * sees every request (for request logs); `routes` answer given paths themselves.
 * Resolves to `{ url, close }`.
 */
export function startServer({ root = '.', port = 0, headersFor = () => ({}), onRequest, routes = {} } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    onRequest?.(request, pathname);
    const route = routes[pathname];
    if (route) return route(request, response);
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    let file = join(base, relative);
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headersFor(pathname),
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${address.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/**
 * Serves the project on `PORT` (default 8000) and prints the demo's addresses. A port that is
 * taken ends the process with one line saying so and how to choose another.
 */
export async function serveDemo(port = Number(process.env.PORT ?? 8000)) {
  try {
    const server = await startServer({ root: fileURLToPath(new URL('..', import.meta.url)), port });
    console.log(`\nbackcare-widgets demo:        ${server.url}/demo/`);
    console.log(`A clinic page with all four: ${server.url}/demo/clinic.html`);
    return server;
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    const command = { start: 'npm start', dev: 'npm run dev' }[process.env.npm_lifecycle_event] ?? 'node scripts/serve.mjs';
    console.error(`Port ${port} is already in use (another server?): choose another, e.g. PORT=${port + 1} ${command}`);
    process.exit(1);
  }
}

// `node scripts/serve.mjs [port]` serves the project and prints the demo's address.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await serveDemo(process.argv[2] ? Number(process.argv[2]) : undefined);
  console.log('Press Ctrl+C to stop.\n');
}
