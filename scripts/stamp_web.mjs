// The web build's last step: the files a host serves, in BUILD_DIR.
//   smm.<hash>.js, smm.<hash>.wasm   copies of smm.js and smm.wasm named by their content
//   index.html                       the page, pointing at those names, with the build's id, minified
//   manifest.webmanifest             the web app manifest (the icons: scripts/make_icons.mjs)
//   sw.js                            the service worker, with this build's id and files
// and each text file's .gz and .br twins (scripts/precompress.mjs). Copies
// from earlier builds (other hashes) are removed.
//   node scripts/stamp_web.mjs SOURCE_DIR BUILD_DIR
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyPage } from './minify_web.mjs';

const [source, build] = process.argv.slice(2);
if (!source || !build) throw new Error('usage: node scripts/stamp_web.mjs SOURCE_DIR BUILD_DIR');
const hash = (...parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex').slice(0, 10);
};

// The program under names that change with its content.
const program = {};
for (const ext of ['js', 'wasm']) {
  const body = readFileSync(join(build, `smm.${ext}`));
  program[ext] = `smm.${hash(body)}.${ext}`;
  // Unchanged content keeps its file (and its compressed twins).
  if (!existsSync(join(build, program[ext]))) writeFileSync(join(build, program[ext]), body);
}
const current = new Set(Object.values(program));
// The unhashed files are the linker's output, never served: no twins for them.
for (const twin of ['smm.js.gz', 'smm.js.br', 'smm.wasm.gz', 'smm.wasm.br']) rmSync(join(build, twin), { force: true });
for (const name of readdirSync(build)) {
  const m = /^(smm\.[0-9a-f]{10}\.(?:js|wasm))(?:\.gz|\.br)?$/.exec(name);
  if (m && !current.has(m[1])) rmSync(join(build, name));
}

// The page: every quoted 'smm.js' / "smm.wasm" becomes its hashed name.
let page = readFileSync(join(source, 'index.html'), 'utf8');
for (const ext of ['js', 'wasm']) {
  const quoted = new RegExp(`(['"])smm\\.${ext}\\1`, 'g');
  if (!quoted.test(page)) throw new Error(`index.html never names smm.${ext}`);
  page = page.replace(quoted, `$1${program[ext]}$1`);
}

const manifest = readFileSync(join(source, 'manifest.webmanifest'));
const icons = JSON.parse(manifest).icons.map((i) => i.src).concat('apple-touch-icon.png');
for (const icon of icons) if (!existsSync(join(build, icon))) throw new Error(`${icon} is missing: run make_icons.mjs first`);
const worker = readFileSync(join(source, 'sw.js'), 'utf8');

// The build's id covers everything the service worker keeps, so any change is a new version.
const version = hash(page, manifest, worker, ...icons.map((i) => readFileSync(join(build, i))), ...current);
const BUILD_META = /<meta name="smm-build" content="[^"]*">/;
if (!BUILD_META.test(page)) throw new Error('index.html has no <meta name="smm-build">');
page = page.replace(BUILD_META, `<meta name="smm-build" content="${version}">`);

const files = ['./', program.js, program.wasm, 'manifest.webmanifest', ...icons];
const BUILD_LINE = /^const BUILD = .*$/m;
if (!BUILD_LINE.test(worker)) throw new Error('sw.js has no "const BUILD = ..." line');
const stamped = worker.replace(BUILD_LINE, `const BUILD = ${JSON.stringify({ version, files })};`);

// Served minified (scripts/minify_web.mjs): -0.7 KB brotli; the source stays readable.
writeFileSync(join(build, 'index.html'), await minifyPage(page));
writeFileSync(join(build, 'manifest.webmanifest'), manifest);
writeFileSync(join(build, 'sw.js'), stamped);

const precompress = join(dirname(fileURLToPath(import.meta.url)), 'precompress.mjs');
execFileSync(process.execPath, [precompress, ...['index.html', 'sw.js', 'manifest.webmanifest', 'icon.svg',
  program.js, program.wasm].map((f) => join(build, f))], { stdio: 'inherit' });
console.log(`web build ${version}: ${program.js}, ${program.wasm}`);
