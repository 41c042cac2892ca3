// The browser half of scripts/bench.sh: serves the built app (build/web) and
// the bare Dear ImGui example (build/bench-bare/web) from the same server,
// loads each in headless Chromium (software WebGL, 1280x800) in fresh
// contexts, interleaved, and prints markdown tables:
//   - bytes of everything the browser downloads: raw, gzip -9, brotli -q 11;
//   - the first WebGL draw after navigation, median of N loads, DPR 1 and 2,
//     ours against the bare example, as a ratio;
//   - our page's timeline to that draw (script, wasm, main, first frame);
//   - frames drawn in two idle seconds, and when drawing stopped;
//   - the first draw on a phone's connection and processor, as Lighthouse
//     emulates them, where the bytes on the wire cost time;
//   - a repeat visit in the same browser profile (service worker, HTTP
//     cache and V8's wasm code cache warm) against the cold one, and a visit
//     with the network cut (context.setOffline) after the first.
// Prints numbers; asserts nothing.
//   node scripts/bench_web.mjs [LOADS]
import { createRequire } from 'node:module';
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { startServer } from './static_server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// playwright-core is installed for the browser tests (tests/browser/package.json).
const { chromium } = createRequire(join(root, 'tests', 'browser', 'package.json'))('playwright-core');
const loads = Math.max(1, Number(process.argv[2] || 5));
const apps = [
  { name: 'ours', dir: process.env.SMM_WEB_DIR || join(root, 'build', 'web') },
  { name: 'bare Dear ImGui', dir: join(root, 'build', 'bench-bare', 'web') },
];
if (process.env.REPEAT_ONLY && !existsSync(join(apps[1].dir, 'index.wasm'))) apps.pop();
for (const app of apps) {
  if (!existsSync(join(app.dir, 'index.html'))) throw new Error(`${app.dir}/index.html is missing: build it first`);
}

const gzip = (b) => gzipSync(b, { level: 9 });
const brotli = (b) => brotliCompressSync(b, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } });

// The bare example gets precompressed files too, so both are served alike.
for (const file of apps[1] ? ['index.html', 'index.js', 'index.wasm'] : []) {
  const path = join(apps[1].dir, file);
  const body = readFileSync(path);
  writeFileSync(path + '.gz', gzip(body));
  writeFileSync(path + '.br', brotli(body));
}

// Runs before any page script: notes the first WebGL draw, counts frames that
// drew something (a requestAnimationFrame callback with at least one draw
// call), and the time of the last one.
const INSTRUMENT = () => {
  window.__bench = { firstDraw: null, draws: 0, frames: 0, lastFrame: null, log: [], start: null, elements: 0 };
  // Each frame's first draw call and how many elements it drew, for "page
  // complete": the first frame that draws (nearly) what the settled page does.
  const note = () => {
    const b = window.__bench;
    if (b.elements) b.log.push([b.start, b.elements]);
    b.start = null; b.elements = 0;
  };
  window.__benchNote = note;
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    for (const name of ['drawElements', 'drawArrays']) {
      const original = proto[name];
      proto[name] = function (...args) {
        const b = window.__bench, now = performance.now();
        if (b.firstDraw === null) { b.firstDraw = now; performance.mark('bench:first-draw'); }
        if (b.start === null) b.start = now;
        b.elements += args[name === 'drawElements' ? 1 : 2];
        b.draws++;
        return original.apply(this, args);
      };
    }
  }
  // When the page's wasm module is compiled (a code cache hit makes this early).
  const compileStreaming = WebAssembly.compileStreaming;
  if (compileStreaming) WebAssembly.compileStreaming = (...args) => compileStreaming.apply(WebAssembly, args)
    .then((m) => { performance.mark('bench:compiled'); return m; });
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => {
    const b = window.__bench, before = b.draws;
    note();  // a frame drawn outside an animation frame (our first, drawn by main())
    cb(t);
    note();
    if (b.draws > before) { b.frames++; b.lastFrame = performance.now(); }
  });
};

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => (n / 1024).toFixed(1);

const servers = [];
for (const app of apps) {
  const server = await startServer(app.dir, { port: 0 });
  servers.push(server);
  app.url = `http://127.0.0.1:${server.address().port}/`;
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  // SMM_BENCH_JS_FLAGS passes V8 flags, e.g. --no-wasm-lazy-compilation to
  // see what compiling each function on its first call costs the first frame.
  args: [...(process.env.SMM_BENCH_JS_FLAGS ? [`--js-flags=${process.env.SMM_BENCH_JS_FLAGS}`] : []),
         '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
         '--disable-background-networking', '--disable-component-update', '--disable-sync',
         '--no-first-run', '--disable-quic', '--disable-features=Translate,OptimizationHints'],
  headless: true,
});

// Lighthouse's mobile profile: a slow 4G connection and a processor 4x slower
// than this machine's, in a 390x844 phone screen at DPR 3.
const PHONE = { viewport: { width: 390, height: 844 }, dpr: 3, roundTripMs: 150,
                downBytesPerS: 1.6e6 / 8, upBytesPerS: 750e3 / 8, cpuSlowdown: 4 };

const newContext = (dpr, phone = false) =>
  browser.newContext({ viewport: phone ? PHONE.viewport : { width: 1280, height: 800 },
                       deviceScaleFactor: phone ? PHONE.dpr : dpr, hasTouch: phone, isMobile: phone });

// One cold load in a fresh context (its own empty cache).
async function load(app, dpr, options = {}) {
  const context = await newContext(dpr, options.phone);
  const result = await visit(context, app, options);
  await context.close();
  return result;
}

// The program's names carry a content hash: the timeline names them without it.
const unhashed = (path) => path.replace(/\.[0-9a-f]{10}\./, '.');

// One visit in a new tab of `context`; `leave` runs before the tab closes.
async function visit(context, app, { idle = false, phone = false, settle = false, leave = null } = {}) {
  const page = await context.newPage();
  if (phone) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: PHONE.roundTripMs,
      downloadThroughput: PHONE.downBytesPerS, uploadThroughput: PHONE.upBytesPerS });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  }
  await page.addInitScript(INSTRUMENT);
  const files = new Map();
  page.on('response', async (res) => {
    const url = new URL(res.url());
    if (url.origin + '/' !== app.url) return;
    const headers = await res.allHeaders();
    files.set(url.pathname === '/' ? '/index.html' : url.pathname, headers['content-encoding'] || 'identity');
  });
  await page.goto(app.url);
  await page.waitForFunction(() => window.__bench.firstDraw !== null, null, { timeout: 60000, polling: 10 });
  const result = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const res = Object.fromEntries(performance.getEntriesByType('resource')
      .map((r) => [new URL(r.name).pathname.replace(/\.[0-9a-f]{10}\./, '.'), r]));
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    return {
      firstDraw: window.__bench.firstDraw,
      timeline: {
        html: nav.responseEnd,
        jsRequested: res['/smm.js']?.startTime ?? res['/index.js']?.startTime ?? null,
        js: res['/smm.js']?.responseEnd ?? res['/index.js']?.responseEnd ?? null,
        wasmRequested: res['/smm.wasm']?.startTime ?? res['/index.wasm']?.startTime ?? null,
        wasm: res['/smm.wasm']?.responseEnd ?? res['/index.wasm']?.responseEnd ?? null,
        compiled: mark('bench:compiled'),
        main: mark('smm:main'),
        webgl: mark('smm:webgl'),
        model: mark('smm:model'),
        savedWork: mark('smm:saved-work'),
        fonts: mark('smm:fonts'),
        shaders: mark('smm:shaders'),
        ui: mark('smm:ui'),
        firstFrame: mark('smm:first-frame'),
      },
    };
  });
  if (settle) {
    // The page as drawn 2.5 s after its first draw is the settled page; the
    // first frame that draws 95 % of its elements is when the page is complete.
    await page.waitForFunction((t) => performance.now() > t, result.firstDraw + 2500, { polling: 50 });
    const log = await page.evaluate(() => { window.__benchNote(); return window.__bench.log; });
    const settled = log[log.length - 1][1];
    result.complete = log.find(([, elements]) => elements >= 0.95 * settled)[0];
  }
  if (idle) {
    // No input from here on: frames in two seconds starting 1 s after the first draw.
    await page.waitForFunction((t) => performance.now() > t, result.firstDraw + 1000, { polling: 50 });
    // Ours: the service worker's install ends with one wake ("Works offline"); count from a second after it.
    await page.waitForFunction(() => !window.smmConnectivity || window.smmConnectivity.ready, null, { timeout: 60000 });
    const readyAt = await page.evaluate(() => performance.now());
    if (readyAt > result.firstDraw + 1100) await page.waitForTimeout(1000);
    const before = await page.evaluate(() => window.__bench.frames);
    await page.waitForTimeout(2000);
    const after = await page.evaluate(() => ({ frames: window.__bench.frames, last: window.__bench.lastFrame }));
    result.idleFrames = after.frames - before;
    result.stoppedAfter = after.last - result.firstDraw;
  }
  result.files = files;
  if (leave) await leave(page);
  await page.close();
  return result;
}

// Ours keeps itself for the next visit once its worker says all of it is
// cached; a second more lets V8 write the wasm's compiled code beside it.
async function untilKept(page) {
  await page.waitForFunction(() => !window.smmConnectivity || window.smmConnectivity.ready, null, { timeout: 60000 })
    .catch(() => console.warn('the service worker did not finish its install'));
  await page.waitForTimeout(Number(process.env.SMM_BENCH_KEEP_MS || 1000));
}

// A cold visit, then a repeat visit in the same profile; for ours, then one with no network.
async function coldThenRepeat(app, dpr, { offline = false } = {}) {
  const context = await newContext(dpr);
  const cold = await visit(context, app, { settle: true, leave: untilKept });
  const repeat = await visit(context, app, { settle: true });
  let cut = null;
  if (offline) {
    await context.setOffline(true);
    cut = await visit(context, app, { settle: true }).catch((err) => ({ error: String(err).split('\n')[0] }));
  }
  await context.close();
  return { cold, repeat, cut };
}

// REPEAT_ONLY=1 node scripts/bench_web.mjs [LOADS]: only the cold visit and
// the repeat visit after it (DPR 1), each app's whole timeline for both;
// the bare example only when it is built.
const MARKS = ['html', 'jsRequested', 'js', 'wasmRequested', 'wasm', 'compiled', 'main', 'webgl', 'model', 'savedWork',
               'shaders', 'fonts', 'ui', 'firstDraw', 'firstFrame', 'complete'];
if (process.env.REPEAT_ONLY) {
  const rows = {};  // `${app} ${cold|repeat}` -> [timeline]
  for (let i = 0; i < loads; i++) {
    for (const app of apps) {
      const visits = await coldThenRepeat(app, 1);
      for (const kind of ['cold', 'repeat']) {
        const v = visits[kind];
        (rows[`${app.name}, ${kind}`] ??= []).push({ ...v.timeline, firstDraw: v.firstDraw, complete: v.complete });
      }
    }
  }
  await browser.close();
  for (const s of servers) await new Promise((r) => s.close(r));
  console.log(`\n### Cold and repeat visit, DPR 1 (ms after navigation, medians of ${loads})\n`);
  console.log(`| visit | ${MARKS.join(' | ')} |`);
  console.log(`|---|${MARKS.map(() => '---').join('|')}|`);
  for (const [name, list] of Object.entries(rows)) {
    const col = (k) => { const xs = list.map((r) => r[k]).filter((x) => x !== null && x !== undefined); return xs.length ? median(xs).toFixed(0) : '-'; };
    console.log(`| ${name} | ${MARKS.map(col).join(' | ')} |`);
  }
  for (const app of apps) {
    const cold = rows[`${app.name}, cold`], repeat = rows[`${app.name}, repeat`];
    const ratios = repeat.map((r, i) => r.complete / cold[i].complete);
    console.log(`\n${app.name}: page complete cold ${median(cold.map((r) => r.complete)).toFixed(0)} -> repeat ` +
                `${median(repeat.map((r) => r.complete)).toFixed(0)} ms: ${(median(repeat.map((r) => r.complete)) / median(cold.map((r) => r.complete))).toFixed(2)}x ` +
                `(per pair: ${ratios.map((x) => x.toFixed(2)).join(', ')}; budget 0.5x)`);
  }
  process.exit(0);
}

const firstDraw = {};  // `${app}@${dpr}` -> [ms]
const complete = {};   // the same, for the complete page
const repeatComplete = {};  // app -> [ms], DPR 1, the visit after a cold one
const repeatDraw = {};
let offlineVisit = null;
const timelines = [];
for (let i = 0; i < loads; i++) {
  for (const dpr of [1, 2]) {
    for (const app of apps) {
      let r;
      if (dpr === 1) {
        const visits = await coldThenRepeat(app, dpr, { offline: app === apps[0] && i === 0 });
        r = visits.cold;
        (repeatComplete[app.name] ??= []).push(visits.repeat.complete);
        (repeatDraw[app.name] ??= []).push(visits.repeat.firstDraw);
        if (visits.cut) offlineVisit = visits.cut;
        if (app === apps[0]) timelines.push({ dpr: 'repeat', ...visits.repeat.timeline, firstDraw: visits.repeat.firstDraw });
      } else {
        r = await load(app, dpr, { settle: true });
      }
      (firstDraw[`${app.name}@${dpr}`] ??= []).push(r.firstDraw);
      (complete[`${app.name}@${dpr}`] ??= []).push(r.complete);
      if (app === apps[0]) timelines.push({ dpr, ...r.timeline, firstDraw: r.firstDraw });
      if (i === 0 && dpr === 1) app.files = r.files;
    }
  }
}
const idle = {};
for (const dpr of [1, 2]) for (const app of apps) idle[`${app.name}@${dpr}`] = await load(app, dpr, { idle: true });
const phoneLoads = Math.max(3, Math.ceil(loads / 2));
const onPhone = {};  // app -> [ms]
for (let i = 0; i < phoneLoads; i++)
  for (const app of apps) (onPhone[app.name] ??= []).push((await load(app, PHONE.dpr, { phone: true })).firstDraw);
await browser.close();
for (const s of servers) await new Promise((r) => s.close(r));

// --- the tables ---------------------------------------------------------
console.log('\n### Bytes the browser downloads (KB)\n');
console.log('| app | file | raw | gzip -9 | brotli -q 11 | served as | bytes served |');
console.log('|---|---|---|---|---|---|---|');
const totals = {};
const TWIN = { br: '.br', gzip: '.gz', identity: '' };
for (const app of apps) {
  const t = (totals[app.name] = { raw: 0, gz: 0, br: 0, served: 0 });
  for (const [path, encoding] of app.files) {
    const body = readFileSync(join(app.dir, path));
    const [raw, gz, br] = [body.length, gzip(body).length, brotli(body).length];
    const served = existsSync(join(app.dir, path + TWIN[encoding])) ? readFileSync(join(app.dir, path + TWIN[encoding])).length : raw;
    t.raw += raw; t.gz += gz; t.br += br; t.served += served;
    console.log(`| ${app.name} | ${path.slice(1)} | ${kb(raw)} | ${kb(gz)} | ${kb(br)} | ${encoding} | ${kb(served)} |`);
  }
  console.log(`| ${app.name} | **total** | **${kb(t.raw)}** | **${kb(t.gz)}** | **${kb(t.br)}** | | **${kb(t.served)}** |`);
}
console.log(`\nWire budget: served brotli for index.html + js + wasm at most 350 KB; ours ${kb(totals.ours.served)} KB ` +
            `(${totals.ours.served <= 350 * 1024 ? 'within' : 'OVER'} the budget).`);

console.log(`\n### First WebGL draw after navigation (ms, median of ${loads} interleaved cold loads, 1280x800)\n`);
console.log('| | ours | bare Dear ImGui | ratio |');
console.log('|---|---|---|---|');
for (const dpr of [1, 2]) {
  const a = median(firstDraw[`ours@${dpr}`]), b = median(firstDraw[`bare Dear ImGui@${dpr}`]);
  console.log(`| DPR ${dpr} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(a / b).toFixed(2)} |`);
}
for (const dpr of [1, 2]) {
  // Windows that size themselves appear a frame or more after the first draw.
  const a = median(complete[`ours@${dpr}`]), b = median(complete[`bare Dear ImGui@${dpr}`]);
  console.log(`| page complete (first frame drawing 95 % of the settled page), DPR ${dpr} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(a / b).toFixed(2)} |`);
}
{
  const a = median(onPhone.ours), b = median(onPhone['bare Dear ImGui']);
  console.log(`| phone on slow 4G (Lighthouse's mobile profile, DPR 3; median of ${phoneLoads}) | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(a / b).toFixed(2)} |`);
}
{
  const a = median(repeatComplete.ours), b = median(repeatComplete['bare Dear ImGui']);
  const cold = median(complete['ours@1']);
  console.log(`| repeat visit, page complete, DPR 1 (same profile: service worker, HTTP and wasm code caches warm; ours cold ${cold.toFixed(0)} -> repeat ${a.toFixed(0)}: ${(a / cold).toFixed(2)}x, budget 0.5x) | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(a / b).toFixed(2)} |`);
  const c = median(repeatDraw.ours), d = median(repeatDraw['bare Dear ImGui']);
  console.log(`| repeat visit, first draw, DPR 1 | ${c.toFixed(0)} | ${d.toFixed(0)} | ${(c / d).toFixed(2)} |`);
}
console.log(`| wire, brotli as served (KB; budget 350 for ours) | ${kb(totals.ours.served)} | ${kb(totals['bare Dear ImGui'].served)} | ${(totals.ours.served / totals['bare Dear ImGui'].served).toFixed(2)} |`);
console.log(`| wire, gzip -9 (KB) | ${kb(totals.ours.gz)} | ${kb(totals['bare Dear ImGui'].gz)} | ${(totals.ours.gz / totals['bare Dear ImGui'].gz).toFixed(2)} |`);

console.log('\n### Our timeline to the first frame (ms after navigation, medians)\n');
console.log('| DPR | html | smm.js requested | smm.js | smm.wasm requested | smm.wasm | main() | WebGL context | model | saved work | shaders | font atlas | UI built (laid out) | first draw | first frame |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const dpr of [1, 2, 'repeat']) {
  const rows = timelines.filter((t) => t.dpr === dpr);
  const col = (k) => { const xs = rows.map((r) => r[k]).filter((x) => x !== null); return xs.length ? median(xs).toFixed(0) : '-'; };
  console.log(`| ${dpr === 'repeat' ? '1, repeat visit' : dpr} | ${['html', 'jsRequested', 'js', 'wasmRequested', 'wasm', 'main', 'webgl', 'model', 'savedWork', 'shaders', 'fonts', 'ui', 'firstDraw', 'firstFrame'].map(col).join(' | ')} |`);
}

console.log('\n### Idle: no input after the first frame\n');
console.log('| | frames drawn in two idle seconds (from 1 s after the first draw, or later on a slow machine) | last frame drawn (ms after the first) |');
console.log('|---|---|---|');
for (const dpr of [1, 2]) {
  for (const app of apps) {
    const r = idle[`${app.name}@${dpr}`];
    console.log(`| ${app.name}, DPR ${dpr} | ${r.idleFrames} | ${r.stoppedAfter.toFixed(0)} |`);
  }
}

console.log('\n### With the network cut (context.setOffline(true) after the first visit)\n');
if (offlineVisit && !offlineVisit.error)
  console.log(`Ours drew the page offline: first draw ${offlineVisit.firstDraw.toFixed(0)} ms, complete ${offlineVisit.complete.toFixed(0)} ms after navigation.`);
else
  console.log(`Ours did NOT draw offline: ${offlineVisit ? offlineVisit.error : 'not measured'}.`);
