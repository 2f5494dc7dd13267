// Writes the unpacked extensions dist/chrome and dist/firefox from extension/ and the wasm package in pkg/,
// and store-ready zips beside them (made by `web-ext build`, Mozilla's packager). One manifest source; each
// browser difference is made here, with why. One version: Cargo.toml's, written into both manifests.
//
// The cosmetic filter lists (../shared/filterlists/*.txt beside the checkout, or --lists DIR, or the
// SIFT_LISTS environment variable) are compiled here by the `sift` binary (`sift lists --pack`) into
// lists/rules.txt (the packed form the background worker reads once per session, src/filters/packed.rs) and
// lists/meta.json (titles, snapshot dates and switch ids, for the popup) in each browser's folder: nothing is fetched at run time, and the
// lists are never committed. Without lists the build says so and the extension runs without them.
//
//   node scripts/build-extension.mjs [--lists DIR | --no-lists] [--out DIR (dist)]   (after `make wasm`)

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import webExt from 'web-ext';
import { parseCliArgs } from '../tests/support/cli-args.mjs';
import { zipShare } from './zip-sizes.mjs';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'extension');
const pkg = join(root, 'pkg');
const { values: opt } = parseCliArgs(import.meta.url, {
  options: { lists: { type: 'string' }, 'no-lists': { type: 'boolean', default: false }, out: { type: 'string', default: 'dist' } },
});
const dist = opt.out === 'dist' ? join(root, 'dist') : resolve(opt.out);
const listsDir = opt['no-lists'] ? null : resolve(opt.lists ?? process.env.SIFT_LISTS ?? join(root, '..', 'shared', 'filterlists'));

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

/** The lists in `dir` compiled by the sift binary: `{rules, meta, compiled}` (packed text, meta.json text, the
 * compiled form), or `{why}` when there are none. */
function compileLists(dir) {
  if (!dir) return { why: '--no-lists' };
  if (!existsSync(dir)) return { why: `no ${relative(root, dir) || dir} (pass --lists DIR or set SIFT_LISTS)` };
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
  if (!files.length) return { why: `no .txt lists in ${dir}` };
  const tmp = mkdtempSync(join(tmpdir(), 'sift-lists-'));
  try {
    const out = join(tmp, 'compiled.json');
    const packed = join(tmp, 'rules.txt');
    const args = ['lists', '--json', '--compile', out, '--pack', packed, ...files];
    const bin = process.env.SIFT_BIN;
    const report = JSON.parse(execFileSync(bin || 'cargo', bin ? args : ['run', '--release', '--quiet', '--bin', 'sift', '--', ...args],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 }).toString());
    const rules = readFileSync(packed, 'utf8');
    const compiled = JSON.parse(readFileSync(out, 'utf8'));
    const meta = {
      format: compiled.format,
      lists: compiled.lists.map((l, i) => ({ ...l, parsed: report.lists[i].parsed, cosmetic: report.lists[i].cosmetic })),
      rules: compiled.rules.length, generic: compiled.generic.length, hosts: Object.keys(compiled.hosts).length,
    };
    return { rules, meta: `${JSON.stringify(meta, null, 1)}\n`, compiled };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
const lists = compileLists(listsDir);
if (lists.why) console.log(`build-extension: NO FILTER LISTS in this build (${lists.why}); the extension runs without them and its popup says so`);
else {
  console.log(`build-extension: filter lists from ${relative(root, listsDir) || listsDir}: ${lists.compiled.lists.map((l) => `${l.id} (${l.date || 'no date'})`).join(', ')}; ` +
    `lists/rules.txt ${Buffer.byteLength(lists.rules)} bytes, ${gzipSync(lists.rules, { level: 9 }).length} gzip`);
}

rmSync(dist, { recursive: true, force: true });
for (const [name, transform] of Object.entries(targets)) {
  const out = join(dist, name);
  mkdirSync(out, { recursive: true });
  for (const dir of ['content', 'popup', 'background', 'shared', 'icons', '_locales']) cpSync(join(src, dir), join(out, dir), { recursive: true });
  mkdirSync(join(out, 'pkg'));
  for (const f of ['sift.js', 'sift_bg.wasm']) cpSync(join(pkg, f), join(out, 'pkg', f));
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(transform(base), null, 2)}\n`);
  if (!lists.why) {
    mkdirSync(join(out, 'lists'));
    writeFileSync(join(out, 'lists', 'rules.txt'), lists.rules);
    writeFileSync(join(out, 'lists', 'meta.json'), lists.meta);
  }
  // The archive holds the folder's contents at its root, as both stores expect.
  await webExt.cmd.build(
    { sourceDir: out, artifactsDir: dist, filename: `sift-${name}.zip`, overwriteDest: true },
    { showReadyMessage: false },
  );
  const zip = zipShare(join(dist, `sift-${name}.zip`), 'lists');
  const rel = relative(root, dist) || dist;
  console.log(`built ${rel}/${name}/ and ${rel}/sift-${name}.zip (version ${version}): zip ${zip.bytes} bytes, ` +
    (lists.why ? 'no filter lists' : `of which the filter lists ${zip.folderCompressed} (≈ ${zip.bytes - zip.folderCompressed} without them)`));
}
