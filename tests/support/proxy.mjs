// A recording HTTP proxy on 127.0.0.1 (random port) for counting every request a browser makes: requests
// to 127.0.0.1 are forwarded (the test server), anything else is recorded and refused, so a test stays
// offline and still sees an attempt to reach the outside.

import http from 'node:http';

export async function startRecordingProxy() {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    let target;
    try { target = new URL(req.url); } catch { target = null; }
    if (!target || target.hostname !== '127.0.0.1' || target.protocol !== 'http:') {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('offline test proxy');
      return;
    }
    const upstream = http.request(
      { host: '127.0.0.1', port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode || 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  // HTTPS goes through CONNECT: record the host and refuse.
  server.on('connect', (req, socket) => {
    requests.push(`https://${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: server.address().port,
    requests,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()); }),
  };
}
