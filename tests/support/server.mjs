// A static server for www/ on 127.0.0.1 (random port) for the demo, end-to-end tests and benchmarks.
// Pages named strict-csp*.html are served with `Content-Security-Policy: script-src 'self'`, as a strict site
// would; `?delay=N` holds a file back N ms (at most 3000), as a slow site's stylesheet would be; nothing is
// ever fetched from outside.

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export async function serve(rootDir) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = decodeURIComponent(url.pathname);
    const delay = Math.min(3000, Number(url.searchParams.get('delay')) || 0);
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    const rel = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(rootDir, rel));
      const headers = { 'content-type': TYPES[extname(rel)] || 'application/octet-stream', 'cache-control': 'no-store' };
      if (/strict-csp[^/]*\.html$/.test(rel)) headers['content-security-policy'] = "script-src 'self'";
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
