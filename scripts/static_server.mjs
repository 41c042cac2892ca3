// A small static file server for the built web app, bound to loopback only.
// Used by scripts/serve.sh (people), tests/browser and scripts/bench_web.mjs.
// Sends the precompressed twin of a file (NAME.br, NAME.gz, written by the
// build) when the browser accepts it; names carrying a content hash are
// cached for a year, everything else (index.html, the service worker sw.js,
// the manifest) is revalidated each time. The service worker sits beside
// index.html, so its scope is the app's folder with no extra header.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

// Compressed twins, best first, with the Content-Encoding each one is sent as.
const ENCODINGS = [
  { token: 'br', suffix: '.br' },
  { token: 'gzip', suffix: '.gz' },
];

// A name like smm.3f9a1c2b.wasm: its content can never change under it.
const HASHED = /\.[0-9a-f]{8,}\.[a-z0-9]+$/;

// The encodings the request accepts (a q=0 entry refuses one).
export function acceptedEncodings(header = '') {
  const accepted = new Set();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

async function fileInfo(path) {
  const info = await stat(path).catch(() => null);
  return info && info.isFile() ? info : null;
}

export function startServer(root, { port = 8080, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = normalize(decodeURIComponent(url.pathname));
      if (path.endsWith('/')) path += 'index.html';
      const file = join(base, path);
      if (!file.startsWith(base)) { res.writeHead(403).end('forbidden'); return; }
      const info = await fileInfo(file);
      if (!info) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }

      const accepted = acceptedEncodings(req.headers['accept-encoding']);
      let body = file, encoding = null, sent = info;
      for (const e of ENCODINGS) {
        const twin = accepted.has(e.token) ? await fileInfo(file + e.suffix) : null;
        // A twin older than its file is stale (a build that stopped half-way): send the file.
        if (twin && twin.mtimeMs >= info.mtimeMs) { body = file + e.suffix; encoding = e.token; sent = twin; break; }
      }
      const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}${encoding ? '-' + encoding : ''}"`;
      const headers = {
        'content-type': TYPES[extname(file)] || 'application/octet-stream',
        'cache-control': HASHED.test(basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'vary': 'Accept-Encoding',
        'etag': etag,
        'x-content-type-options': 'nosniff',
      };
      if (encoding) headers['content-encoding'] = encoding;
      if (req.headers['if-none-match'] === etag) { res.writeHead(304, headers).end(); return; }
      headers['content-length'] = sent.size;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : await readFile(body));
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

// CLI: node scripts/static_server.mjs DIR [PORT]
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'build/web', port = '8080'] = process.argv.slice(2);
  const server = await startServer(dir, { port: Number(port) });
  const { address, port: actual } = server.address();
  console.log(`Social Maturity Map is being served at http://${address}:${actual}/`);
  console.log('Open that address in a browser. Press Ctrl+C to stop.');
}
