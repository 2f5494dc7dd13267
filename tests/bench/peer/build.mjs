#!/usr/bin/env node
// Builds the two extensions `make bench` measures beside Sift, into out/bench-ext/ (never dist/, never shipped):
//   peer/     Ghostery's open-source cosmetic engine (@ghostery/adblocker, from npm) with all six lists of
//             ../shared/filterlists: parsed and serialized here, at build time; the MV3 service worker only
//             deserializes it and answers @ghostery/adblocker-webextension-cosmetics' content script through
//             WebExtensionBlocker, as Ghostery's own extension does (entries: background.mjs, content.mjs,
//             bundled with esbuild);
//   control/  a do-nothing MV3 extension: an empty content script at document_start in all frames of http and
//             https pages and an idle service worker, so the cost of merely having an extension is its own row.
// run.mjs calls ensureBenchExtensions(), which rebuilds when an output is missing or older than its inputs.
//
//   node tests/bench/peer/build.mjs [--lists ../shared/filterlists] [--out out/bench-ext] [--force]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCliArgs } from '../../support/cli-args.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');

// The same engine options as the quality evaluation's peer (tests/eval/peer.mjs): cosmetics only (offline
// pages make no third-party requests worth blocking), generic and extended selectors, exceptions.
const ENGINE_OPTIONS = {
  loadNetworkFilters: false, loadCosmeticFilters: true, loadGenericCosmeticsFilters: true,
  loadExtendedSelectors: true, loadExceptionFilters: true, loadCSPFilters: false, enableCompression: false,
};

const MATCHES = ['http://*/*', 'https://*/*'];

function newestMtime(files) {
  return Math.max(...files.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : Infinity)));
}

function writeJson(file, obj) { fs.writeFileSync(file, `${JSON.stringify(obj, null, 2)}\n`); }

async function buildPeer(dir, listsDir, log) {
  const [{ FiltersEngine }, esbuild] = await Promise.all([import('@ghostery/adblocker'), import('esbuild')]);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const lists = fs.readdirSync(listsDir).filter((f) => f.endsWith('.txt')).sort();
  const text = lists.map((f) => fs.readFileSync(path.join(listsDir, f), 'utf8')).join('\n');
  const t0 = performance.now();
  const engine = FiltersEngine.parse(text, ENGINE_OPTIONS);
  const bytes = engine.serialize();
  fs.writeFileSync(path.join(dir, 'engine.bin'), bytes);
  const parseMs = performance.now() - t0;
  const common = { bundle: true, platform: 'browser', target: 'chrome120', minify: true, legalComments: 'inline', logLevel: 'error' };
  await esbuild.build({ ...common, entryPoints: [path.join(HERE, 'background.mjs')], outfile: path.join(dir, 'background.js'), format: 'esm' });
  await esbuild.build({ ...common, entryPoints: [path.join(HERE, 'content.mjs')], outfile: path.join(dir, 'content.js'), format: 'iife' });
  const version = (pkg) => JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  writeJson(path.join(dir, 'manifest.json'), {
    manifest_version: 3,
    name: 'Bench peer: Ghostery cosmetic engine',
    version: '1.0.0',
    description: 'Measuring stick for make bench; not part of Sift.',
    permissions: ['scripting'],
    host_permissions: MATCHES,
    background: { service_worker: 'background.js', type: 'module' },
    // as Ghostery's extension declares its cosmetics content script
    content_scripts: [{ matches: MATCHES, js: ['content.js'], run_at: 'document_start', all_frames: true, match_about_blank: true }],
  });
  const info = {
    lists, engineBytes: bytes.length, parseAndSerializeMs: parseMs, options: ENGINE_OPTIONS,
    packages: Object.fromEntries(['@ghostery/adblocker', '@ghostery/adblocker-webextension', '@ghostery/adblocker-webextension-cosmetics', '@ghostery/adblocker-content', 'esbuild'].map((p) => [p, version(p)])),
  };
  writeJson(path.join(dir, 'build.json'), info);
  log(`peer: ${lists.length} lists, engine ${(bytes.length / 1024).toFixed(0)} KB serialized (parsed in ${parseMs.toFixed(0)} ms), ` +
    `background.js ${(fs.statSync(path.join(dir, 'background.js')).size / 1024).toFixed(0)} KB, content.js ${(fs.statSync(path.join(dir, 'content.js')).size / 1024).toFixed(0)} KB`);
  return info;
}

function buildControl(dir, log) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'content.js'), '// control: deliberately does nothing\n');
  fs.writeFileSync(path.join(dir, 'background.js'), '// control: an idle service worker\n');
  writeJson(path.join(dir, 'manifest.json'), {
    manifest_version: 3,
    name: 'Bench control: does nothing',
    version: '1.0.0',
    description: 'Control row for make bench; not part of Sift.',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: MATCHES, js: ['content.js'], run_at: 'document_start', all_frames: true }],
  });
  log('control: built');
}

/** Build what is missing or stale; returns { peer, control } (absolute directories). */
export async function ensureBenchExtensions({ listsDir = path.resolve(ROOT, '../shared/filterlists'), outDir = path.join(ROOT, 'out/bench-ext'), force = false, log = () => {} } = {}) {
  const peer = path.join(outDir, 'peer');
  const control = path.join(outDir, 'control');
  if (!fs.existsSync(listsDir)) throw new Error(`filter lists not found at ${listsDir}`);
  const lists = fs.readdirSync(listsDir).filter((f) => f.endsWith('.txt')).map((f) => path.join(listsDir, f));
  const ownInputs = [fileURLToPath(import.meta.url)];
  const peerInputs = [...lists, ...ownInputs, path.join(HERE, 'background.mjs'), path.join(HERE, 'content.mjs'), path.join(ROOT, 'package-lock.json')];
  const stamp = (dir) => path.join(dir, 'manifest.json'); // written last
  if (force || !fs.existsSync(stamp(peer)) || fs.statSync(stamp(peer)).mtimeMs < newestMtime(peerInputs)) await buildPeer(peer, listsDir, log);
  if (force || !fs.existsSync(stamp(control)) || fs.statSync(stamp(control)).mtimeMs < newestMtime(ownInputs)) buildControl(control, log);
  return { peer, control };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values: opt } = parseCliArgs(import.meta.url, { options: { lists: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false } } });
  const dirs = await ensureBenchExtensions({
    listsDir: opt.lists ? path.resolve(opt.lists) : undefined, outDir: opt.out ? path.resolve(opt.out) : undefined,
    force: opt.force, log: (s) => process.stderr.write(`${s}\n`),
  });
  process.stdout.write(`${JSON.stringify(dirs)}\n`);
}
