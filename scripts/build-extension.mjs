// Writes the unpacked extensions dist/chrome and dist/firefox from extension/ and the wasm package in pkg/,
// and store-ready zips beside them. One manifest source; each browser difference is made here, with why.
//
//   node scripts/build-extension.mjs            (after `wasm-pack build`, see the Makefile)

import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'extension');
const pkg = join(root, 'pkg');
const dist = join(root, 'dist');

export const GECKO_ID = 'sift@sift-reader.org';

for (const f of ['sift.js', 'sift_bg.wasm']) {
  if (!existsSync(join(pkg, f))) {
    console.error(`build-extension: pkg/${f} is missing; run \`make wasm\` first`);
    process.exit(1);
  }
}

const base = JSON.parse(readFileSync(join(src, 'manifest.base.json'), 'utf8'));
const backgroundScripts = ['pkg/sift.js', 'shared/api.js', 'shared/messages.js', 'background/background.js'];

const targets = {
  chrome: (m) => ({
    ...m,
    // Chrome MV3 only has service-worker backgrounds; the worker pulls its helpers in with importScripts.
    background: { service_worker: 'background/background.js' },
  }),
  firefox: (m) => ({
    ...m,
    // Firefox MV3 runs event pages from a script list and does not support service_worker backgrounds.
    background: { scripts: backgroundScripts },
    // Firefox needs a stable add-on id for storage.sync and for installing the add-on. Sift collects and
    // sends no data, which Firefox asks add-ons to declare; that key exists from Firefox 140 (the current
    // ESR; 128 has reached its end of life) and Firefox for Android 142.
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
};

rmSync(dist, { recursive: true, force: true });
for (const [name, transform] of Object.entries(targets)) {
  const out = join(dist, name);
  mkdirSync(out, { recursive: true });
  for (const dir of ['content', 'popup', 'background', 'shared', 'icons']) cpSync(join(src, dir), join(out, dir), { recursive: true });
  mkdirSync(join(out, 'pkg'));
  for (const f of ['sift.js', 'sift_bg.wasm']) cpSync(join(pkg, f), join(out, 'pkg', f));
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(transform(base), null, 2)}\n`);
  const zip = join(dist, `sift-${name}.zip`);
  // Python's zipfile is on every Debian machine; the archive holds the folder's contents at its root.
  execFileSync('python3', ['-c', `
import os, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as z:
    for d, _, files in sorted(os.walk(src)):
        for f in sorted(files):
            p = os.path.join(d, f)
            z.write(p, os.path.relpath(p, src))
`, out, zip]);
  console.log(`built dist/${name}/ and dist/sift-${name}.zip`);
}
