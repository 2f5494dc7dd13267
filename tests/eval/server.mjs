// Static file server for the corpus (and a few eval-only assets) on 127.0.0.1, random port.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html', '.htm': 'text/html', '.css': 'text/css', '.js': 'text/javascript',
  '.mjs': 'text/javascript', '.json': 'application/json', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml', '.webp': 'image/webp',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.ico': 'image/x-icon', '.txt': 'text/plain',
};

function isUtf8(buf) {
  try { new TextDecoder('utf-8', { fatal: true }).decode(buf); return true; } catch { return false; }
}

// Pages that declare no charset but are valid UTF-8 get `charset=utf-8`; otherwise the browser sniffs
// (meta charset or its default), as it would for a saved page.
function contentType(file, buf) {
  const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
  if (type !== 'text/html') return type;
  const head = buf.subarray(0, 4096).toString('latin1').toLowerCase();
  if (!head.includes('charset') && isUtf8(buf)) return 'text/html; charset=utf-8';
  return type;
}

/**
 * Serve `root` at `/`, and each `mounts[prefix] = dir` at `/prefix/`. Returns { origin, urlFor(relPath), close() }.
 */
export async function startServer(root, mounts = {}) {
  const roots = Object.entries(mounts).map(([p, d]) => [`/${p}/`, path.resolve(d)]);
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    let rel;
    try { rel = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { rel = null; }
    let dir = base;
    if (rel) {
      for (const [prefix, d] of roots) if (rel.startsWith(prefix)) { dir = d; rel = rel.slice(prefix.length - 1); break; }
    }
    const file = rel && path.join(dir, path.normalize(rel));
    if (!file || !file.startsWith(dir + path.sep)) { res.writeHead(403).end(); return; }
    fs.readFile(file, (err, buf) => {
      if (err) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      res.writeHead(200, { 'content-type': contentType(file, buf), 'cache-control': 'no-store' });
      res.end(buf);
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise((ok, ko) => server.once('error', ko).listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    urlFor: (relPath) => origin + '/' + relPath.split('/').map(encodeURIComponent).join('/'),
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()); }),
  };
}
