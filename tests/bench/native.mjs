// Core throughput natively (criterion, benches/core.rs): runs `cargo bench --bench core` and reads back
// criterion's own files, <target>/criterion/core/<bench>/<unit>/new/{estimates,benchmark}.json.
//
// Built with panic = "unwind" in its own target dir (target/bench): with the release profile's panic = "abort",
// `cargo bench` builds the `sift` lib twice under one file name (abort for the `sift` binary, unwind for the
// bench) and fails at random with "the crate `sift` requires panic strategy `abort`" (cargo issue 6313).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export async function nativeBench({ root, corpusDir, log }) {
  const targetDir = path.join(root, 'target/bench');
  const env = { ...process.env, SIFT_BENCH_CORPUS: corpusDir, CARGO_TARGET_DIR: targetDir };
  const code = await new Promise((resolve) => {
    const child = spawn('cargo', ['bench', '--quiet', '--config', 'profile.release.panic="unwind"', '--bench', 'core'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const relay = (s) => s.on('data', (d) => { for (const line of String(d).split('\n')) if (line.trim()) log(`  cargo bench: ${line}`); });
    relay(child.stdout); relay(child.stderr);
    child.on('close', resolve);
  });
  if (code !== 0) return { error: `cargo bench exited with ${code}` };
  const dir = path.join(targetDir, 'criterion/core');
  const out = {};
  for (const bench of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    for (const unit of fs.readdirSync(path.join(dir, bench))) {
      const base = path.join(dir, bench, unit, 'new');
      if (!fs.existsSync(path.join(base, 'estimates.json'))) continue;
      const est = JSON.parse(fs.readFileSync(path.join(base, 'estimates.json'), 'utf8'));
      const meta = JSON.parse(fs.readFileSync(path.join(base, 'benchmark.json'), 'utf8'));
      const ns = (est.median || est.mean).point_estimate;
      const t = meta.throughput || {};
      const perSec = (n) => n / (ns / 1e9);
      out[bench] = {
        nsPerIter: ns,
        ...(t.Elements ? { elements: t.Elements, elementsPerSec: perSec(t.Elements) } : {}),
        ...(t.Bytes ? { bytes: t.Bytes, mbPerSec: perSec(t.Bytes) / 1e6 } : {}),
      };
    }
  }
  return out;
}
