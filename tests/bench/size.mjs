// Size (MEASURE.md §3): the shipped .wasm raw and gzip -9, the glue, the store zips and the filter lists' share
// of them (their compressed entries).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { zipShare } from '../../scripts/zip-sizes.mjs';

export function sizes(root, extDir = path.join(root, 'dist/chrome')) {
  const f = (rel) => { const p = path.resolve(root, rel); return fs.existsSync(p) ? fs.readFileSync(p) : null; };
  const wasm = f(path.join(extDir, 'pkg/sift_bg.wasm'));
  const glue = f(path.join(extDir, 'pkg/sift.js'));
  const gz = (b) => (b ? zlib.gzipSync(b, { level: 9 }).length : null);
  return {
    wasmRaw: wasm ? wasm.length : null, wasmGzip: gz(wasm),
    glueRaw: glue ? glue.length : null, glueGzip: gz(glue),
    zipChrome: f('dist/sift-chrome.zip')?.length ?? null,
    zipFirefox: f('dist/sift-firefox.zip')?.length ?? null,
    zipChromeLists: fs.existsSync(path.join(root, 'dist/sift-chrome.zip')) ? zipShare(path.join(root, 'dist/sift-chrome.zip'), 'lists').folderCompressed : null,
    listsRaw: f(path.join(extDir, 'lists/rules.txt'))?.length ?? null,
    listsGzip: gz(f(path.join(extDir, 'lists/rules.txt'))),
  };
}
