// Minifies what the web build serves, with Terser (Debian's node-terser,
// scripts/setup.sh installs it; found through NODE_PATH=/usr/share/nodejs):
//   node scripts/minify_web.mjs smm.js     rewrites the linked runtime in place
// and, for scripts/stamp_web.mjs, minifyPage(html): the page without comments
// or indentation, its style and script minified. The sources stay readable.
//
// smm.js: Emscripten's -Oz output keeps its long top-level names (it runs no
// Closure Compiler); Terser renames and folds them. Only the global `Module`
// is kept: index.html fills it in and the tests call the exports on it. Every
// other name the page or the tests use is a quoted property (Module["_main"]),
// which Terser never renames.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function terser() {
  try {
    return createRequire(import.meta.url)('terser');
  } catch (err) {
    throw new Error('terser is missing: run scripts/setup.sh (it installs Debian\'s node-terser), ' +
                    'and run node with NODE_PATH=/usr/share/nodejs (' + err.message.split('\n')[0] + ')');
  }
}

export async function minifyRuntime(code) {
  const out = await terser().minify(code, {
    ecma: 2017,
    toplevel: true,
    compress: { passes: 2 },
    mangle: { reserved: ['Module'] },
    format: { comments: false },
  });
  return out.code;
}

// Only what is safe for this page: no attribute is rewritten (the tests and
// stamp_web.mjs match some of them exactly), text keeps its spaces.
export async function minifyPage(html) {
  const scripts = [];
  for (const m of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
    const out = await terser().minify(m[1], { ecma: 2017, compress: { passes: 2 }, format: { comments: false } });
    scripts.push(out.code);
  }
  let i = 0;
  return html
    .replace(/<script>[\s\S]*?<\/script>/g, () => `<script>\u0000${i++}\u0000</script>`)
    .replace(/<style>([\s\S]*?)<\/style>/g, (_, css) => '<style>' + css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim() + '</style>')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/>\s+</g, '><')
    .replace(/<script>\u0000(\d+)\u0000<\/script>/g, (_, n) => `<script>${scripts[n]}</script>`)
    .trim() + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file] = process.argv.slice(2);
  if (!file) throw new Error('usage: node scripts/minify_web.mjs smm.js');
  writeFileSync(file, await minifyRuntime(readFileSync(file, 'utf8')));
}
