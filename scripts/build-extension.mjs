// Writes the unpacked extensions dist/chrome and dist/firefox from extension/ and the wasm package in pkg/,
// and store-ready zips beside them (made by `web-ext build`, Mozilla's packager). One manifest source; each
// browser difference is made here, with why. One version: Cargo.toml's, written into both manifests.
//
//   node scripts/build-extension.mjs            (after `wasm-pack build`, see the Makefile)

import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';

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

/** The crate's version (`[package] version` in Cargo.toml): the one version of Sift, CLI and extension. */
function crateVersion() {
  const toml = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  const pkgTable = toml.split(/^\[/m).find((t) => t.startsWith('package]'));
  const m = pkgTable && pkgTable.match(/^version\s*=\s*"(\d+(?:\.\d+){0,3})"\s*$/m);
  // Both stores take one to four dot-separated integers; a pre-release suffix would be refused.
  if (!m) throw new Error('build-extension: no plain `version = "x.y.z"` in Cargo.toml [package]');
  return m[1];
}

const base = JSON.parse(readFileSync(join(src, 'manifest.base.json'), 'utf8'));
if (base.version) throw new Error('build-extension: manifest.base.json must not carry a version (Cargo.toml is the one source)');
const version = crateVersion();
const backgroundScripts = ['pkg/sift.js', 'shared/api.js', 'shared/messages.js', 'background/background.js'];

const targets = {
  chrome: (m) => ({
    ...m,
    version,
    // Chrome MV3 only has service-worker backgrounds; the worker pulls its helpers in with importScripts.
    background: { service_worker: 'background/background.js' },
  }),
  firefox: (m) => ({
    ...m,
    version,
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

/** Every locale has every message of the default one (English) with the same placeholders, and every
 * message the pages and scripts name (data-i18n attributes, t('…') and getMessage calls) exists. */
function checkLocales() {
  const dir = join(src, '_locales');
  const load = (l) => JSON.parse(readFileSync(join(dir, l, 'messages.json'), 'utf8'));
  const en = load(base.default_locale);
  const problems = [];
  for (const l of readdirSync(dir)) {
    const m = load(l);
    for (const [k, v] of Object.entries(en)) {
      if (!m[k]) problems.push(`${l}: no message ${k}`);
      else if (JSON.stringify(Object.keys(v.placeholders || {})) !== JSON.stringify(Object.keys(m[k].placeholders || {}))) problems.push(`${l}: ${k} has other placeholders`);
    }
    for (const k of Object.keys(m)) if (!en[k]) problems.push(`${l}: ${k} is not in ${base.default_locale}`);
  }
  const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  for (const f of walk(src).filter((x) => /\.(html|js)$/.test(x))) {
    const text = readFileSync(f, 'utf8');
    const named = [...text.matchAll(/data-i18n(?:-label|-title)?="([^"]+)"|\bt\('([A-Za-z0-9_]+)'|getMessage\('([A-Za-z0-9_]+)'/g)].map((x) => x[1] || x[2] || x[3]);
    for (const k of named) if (!en[k]) problems.push(`${f.slice(root.length)}: message ${k} is not in _locales/${base.default_locale}`);
  }
  for (const v of [base.name, base.description, base.action.default_title]) {
    const k = /^__MSG_(\w+)__$/.exec(v);
    if (k && !en[k[1]]) problems.push(`manifest: message ${k[1]} is missing`);
  }
  if (problems.length) throw new Error(`build-extension: locales incomplete:\n  ${problems.join('\n  ')}`);
}
checkLocales();

rmSync(dist, { recursive: true, force: true });
for (const [name, transform] of Object.entries(targets)) {
  const out = join(dist, name);
  mkdirSync(out, { recursive: true });
  for (const dir of ['content', 'popup', 'background', 'shared', 'icons', '_locales']) cpSync(join(src, dir), join(out, dir), { recursive: true });
  mkdirSync(join(out, 'pkg'));
  for (const f of ['sift.js', 'sift_bg.wasm']) cpSync(join(pkg, f), join(out, 'pkg', f));
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(transform(base), null, 2)}\n`);
  // The archive holds the folder's contents at its root, as both stores expect.
  await webExt.cmd.build(
    { sourceDir: out, artifactsDir: dist, filename: `sift-${name}.zip`, overwriteDest: true },
    { showReadyMessage: false },
  );
  console.log(`built dist/${name}/ and dist/sift-${name}.zip (version ${version})`);
}
