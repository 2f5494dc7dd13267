// Claims scorer throughput in wasm: the shipped pkg/sift_bg.wasm loaded in Node (V8, as in Chromium),
// `highlights` over the WikiWeasel sentences grouped into paragraph-sized blocks (so the figure includes
// sentence splitting and the JS↔wasm crossing), median of several runs.
//
//   node tests/eval/wasm-throughput.mjs [--data ../shared/data/wikiweasel]

import { readFileSync, existsSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { parseCliArgs } from '../support/cli-args.mjs';

const { values: opts } = parseCliArgs(import.meta.url, { options: { data: { type: 'string', default: '../shared/data/wikiweasel' } } });
const train = `${opts.data}/train.tsv`;
if (!existsSync(train)) {
  console.error(`wasm-throughput: ${train} not found (needs ../shared beside the checkout)`);
  process.exit(2);
}
if (!existsSync('pkg/sift_bg.wasm')) {
  console.error('wasm-throughput: pkg/sift_bg.wasm missing: run `make build` first');
  process.exit(2);
}
// The no-modules glue declares a script-level `wasm_bindgen`; expose it from this context.
runInThisContext(`${readFileSync('pkg/sift.js', 'utf8')}\nglobalThis.wasm_bindgen = wasm_bindgen;`);
await globalThis.wasm_bindgen({ module_or_path: readFileSync('pkg/sift_bg.wasm') });
const engine = new globalThis.wasm_bindgen.SiftEngine();

const sentences = readFileSync(train, 'utf8').split('\n').map((l) => l.split('\t')[1]).filter(Boolean);
const blocks = [];
for (let i = 0; i < sentences.length; i += 8) blocks.push({ text: sentences.slice(i, i + 8).join(' '), links: [], quote: false });
const bytes = Buffer.byteLength(blocks.map((b) => b.text).join(''), 'utf8');
// The worker's path: a snapshot with the article's blocks, as JSON text, through `decide`.
const highlights = (bs) => engine.decide(JSON.stringify({ nodes: [], chains: [], blocks: bs })).highlights;
highlights(blocks.slice(0, 50)); // warm up
const runs = [];
let flagged = 0;
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  flagged = highlights(blocks).length;
  runs.push((performance.now() - t0) / 1000);
}
runs.sort((a, b) => a - b);
const median = runs[Math.floor(runs.length / 2)];
console.log(`wasm claims throughput: ${(bytes / 1e6 / median).toFixed(1)} MB/s (decide over ${blocks.length} blocks, ${(bytes / 1e6).toFixed(2)} MB, median of ${runs.length}; ${flagged} sentences flagged)`);
