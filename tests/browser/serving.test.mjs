// The serve command (scripts/static_server.mjs): precompressed files with the
// right headers, caching that never serves a stale page, nothing outside the
// folder. Plain HTTP requests against a scratch folder; no browser needed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { startServer, acceptedEncodings } from '../../scripts/static_server.mjs';
import { repoRoot } from './harness.mjs';

let dir, server, port;
const wasm = Buffer.from('\0asm' + 'x'.repeat(4000));
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'smm-serve-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>' + ' '.repeat(2000));
  writeFileSync(join(dir, 'smm.wasm'), wasm);
  writeFileSync(join(dir, 'smm.0123abcd.js'), 'console.log(1);'.repeat(200));
  writeFileSync(join(dir, 'sw.js'), "self.addEventListener('fetch', () => {});");
  writeFileSync(join(dir, 'manifest.webmanifest'), '{"name": "t"}');
  execFileSync('node', [join(repoRoot, 'scripts', 'precompress.mjs'),
    join(dir, 'index.html'), join(dir, 'smm.wasm'), join(dir, 'smm.0123abcd.js')]);
  server = await startServer(dir, { port: 0 });
  port = server.address().port;
});
after(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

function get(path, headers = {}) {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

test('brotli when the browser takes it, else gzip, else the file itself; the same bytes each way', async () => {
  const br = await get('/smm.wasm', { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.deepEqual(brotliDecompressSync(br.body), wasm);
  assert.ok(br.body.length < wasm.length / 10, 'the compressed twin is what was sent');
  const gz = await get('/smm.wasm', { 'accept-encoding': 'gzip, deflate' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(gz.body), wasm);
  const plain = await get('/smm.wasm', { 'accept-encoding': 'br;q=0, gzip;q=0' });
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.deepEqual(plain.body, wasm);
  for (const r of [br, gz, plain]) {
    assert.equal(r.headers['content-type'], 'application/wasm', 'streaming compilation needs the wasm type');
    assert.equal(r.headers.vary, 'Accept-Encoding', 'caches must keep the encodings apart');
    assert.equal(Number(r.headers['content-length']), r.body.length);
  }
});

test('the page is revalidated every time; hashed names are cached for a year', async () => {
  const page = await get('/', { 'accept-encoding': 'gzip' });
  assert.equal(page.headers['cache-control'], 'no-cache');
  assert.match(page.headers['content-type'], /^text\/html/);
  const again = await get('/', { 'accept-encoding': 'gzip', 'if-none-match': page.headers.etag });
  assert.equal(again.status, 304);
  const hashed = await get('/smm.0123abcd.js');
  assert.match(hashed.headers['cache-control'], /max-age=31536000/);
  assert.match(hashed.headers['cache-control'], /immutable/);
  assert.equal((await get('/smm.wasm')).headers['cache-control'], 'no-cache');
});

test('the service worker and the manifest are revalidated every time, the worker from the app\'s folder', async () => {
  const worker = await get('/sw.js');
  assert.equal(worker.status, 200);
  assert.equal(worker.headers['cache-control'], 'no-cache', 'a new version is seen on the next visit');
  assert.match(worker.headers['content-type'], /^text\/javascript/, 'browsers register only a JavaScript worker');
  assert.equal(worker.headers['service-worker-allowed'], undefined, 'beside index.html, its scope is the folder');
  const manifest = await get('/manifest.webmanifest');
  assert.equal(manifest.headers['cache-control'], 'no-cache');
  assert.match(manifest.headers['content-type'], /^application\/manifest\+json/);
});

test('a compressed twin older than its file is not sent (a half-finished build)', async () => {
  const fresh = Buffer.from('\0asm' + 'y'.repeat(4000));
  writeFileSync(join(dir, 'smm.wasm'), fresh);
  const past = new Date(Date.now() - 60_000);
  utimesSync(join(dir, 'smm.wasm.br'), past, past);
  utimesSync(join(dir, 'smm.wasm.gz'), past, past);
  const r = await get('/smm.wasm', { 'accept-encoding': 'gzip, br' });
  assert.equal(r.headers['content-encoding'], undefined);
  assert.deepEqual(r.body, fresh);
});

test('nothing outside the folder, and a clear 404', async () => {
  // '..' is normalised away at the folder's root, so these ask for files inside it.
  assert.equal((await get('/../package.json')).status, 404);
  assert.equal((await get('/%2e%2e/%2e%2e/etc/passwd')).status, 404);
  assert.equal((await get('/missing.js')).status, 404);
});

test('Accept-Encoding is read with its q-values', () => {
  assert.deepEqual([...acceptedEncodings('gzip, deflate, br')], ['gzip', 'deflate', 'br']);
  assert.deepEqual([...acceptedEncodings('br;q=0, gzip;q=0.8')], ['gzip']);
  assert.deepEqual([...acceptedEncodings('')], []);
});
