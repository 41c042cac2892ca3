// Writes NAME.gz (gzip -9) and NAME.br (brotli, quality 11) beside each file
// given, for scripts/static_server.mjs (and any static host) to send as is.
// Skips a file whose twins are already newer than it.
//   node scripts/precompress.mjs FILE...
import { readFileSync, writeFileSync, statSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const fresh = (twin, file) => existsSync(twin) && statSync(twin).mtimeMs >= statSync(file).mtimeMs;

for (const file of process.argv.slice(2)) {
  if (fresh(file + '.gz', file) && fresh(file + '.br', file)) continue;
  const body = readFileSync(file);
  writeFileSync(file + '.gz', gzipSync(body, { level: 9 }));
  writeFileSync(file + '.br', brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }));
}
