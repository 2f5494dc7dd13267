#!/usr/bin/env node
// Agreement between the two independent annotation passes of the news sentence set (see GUIDE.md).
//
//   node tests/eval/news/agreement.mjs [--dir tests/eval/news] [--a FILE] [--b FILE] [--sentences FILE]
//                                      [--out FILE] [--partial]
//
// Reads labels-a.jsonl and labels-b.jsonl (one {"id", "kind"} a line; kind is one of the five scorer kinds or
// "none"), checks them against sentences.jsonl, prints the label counts per annotator, Cohen's kappa over the six
// labels and over flag / no flag, and writes disagreements.jsonl (the rows to resolve into labels.jsonl).
// Every id of sentences.jsonl must be labelled exactly once in each file; --partial compares only the ids present
// in both files (for a progress check while labelling). Exit code 0 on success, 1 on any input error, 2 on a
// wrong option.
// Node 20, no dependencies.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCliArgs } from "../../support/cli-args.mjs";

export const KINDS = ["evidence_absent", "anon_source", "vague_source", "contested_claim", "speculation", "none"];

class InputError extends Error {}

function parseArgs(argv) {
  const { values: opt } = parseCliArgs(import.meta.url, {
    args: argv,
    options: {
      dir: { type: "string", default: dirname(fileURLToPath(import.meta.url)) },
      a: { type: "string" },
      b: { type: "string" },
      sentences: { type: "string" },
      out: { type: "string" },
      partial: { type: "boolean", default: false },
    },
  });
  opt.a = resolve(opt.a ?? join(opt.dir, "labels-a.jsonl"));
  opt.b = resolve(opt.b ?? join(opt.dir, "labels-b.jsonl"));
  opt.sentences = resolve(opt.sentences ?? join(opt.dir, "sentences.jsonl"));
  opt.out = resolve(opt.out ?? join(opt.dir, "disagreements.jsonl"));
  return opt;
}

function readJsonl(file, what) {
  if (!existsSync(file)) throw new InputError(`${what}: file not found: ${file}`);
  const rows = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        rows.push({ line: i + 1, obj: JSON.parse(line) });
      } catch (e) {
        throw new InputError(`${file}:${i + 1}: not valid JSON (${e.message})`);
      }
    });
  return rows;
}

function loadSentences(file) {
  const byId = new Map();
  for (const { line, obj } of readJsonl(file, "sentences")) {
    if (typeof obj.id !== "string") throw new InputError(`${file}:${line}: row without a string "id"`);
    if (byId.has(obj.id)) throw new InputError(`${file}:${line}: duplicate id ${obj.id}`);
    byId.set(obj.id, obj);
  }
  return byId;
}

function loadLabels(file, sentences, who) {
  const labels = new Map();
  const errors = [];
  for (const { line, obj } of readJsonl(file, `annotator ${who}`)) {
    const where = `${file}:${line}`;
    if (typeof obj.id !== "string") errors.push(`${where}: row without a string "id"`);
    else if (!sentences.has(obj.id)) errors.push(`${where}: unknown id ${JSON.stringify(obj.id)} (not in sentences.jsonl)`);
    else if (labels.has(obj.id)) errors.push(`${where}: duplicate id ${obj.id} (first at line ${labels.get(obj.id).line})`);
    else if (!KINDS.includes(obj.kind))
      errors.push(`${where}: kind ${JSON.stringify(obj.kind)} for ${obj.id} is not one of ${KINDS.join(", ")}`);
    else labels.set(obj.id, { kind: obj.kind, line });
  }
  if (errors.length) {
    const shown = errors.slice(0, 20).join("\n  ");
    throw new InputError(`annotator ${who}: ${errors.length} bad row(s):\n  ${shown}${errors.length > 20 ? "\n  ..." : ""}`);
  }
  return labels;
}

/** Cohen's kappa of two equal-length label arrays over the given categories; null when undefined. */
export function cohenKappa(xs, ys, cats) {
  const n = xs.length;
  if (n === 0 || n !== ys.length) return null;
  let agree = 0;
  const ca = new Map(cats.map((c) => [c, 0]));
  const cb = new Map(cats.map((c) => [c, 0]));
  for (let i = 0; i < n; i++) {
    if (xs[i] === ys[i]) agree++;
    ca.set(xs[i], ca.get(xs[i]) + 1);
    cb.set(ys[i], cb.get(ys[i]) + 1);
  }
  const po = agree / n;
  let pe = 0;
  for (const c of cats) pe += (ca.get(c) / n) * (cb.get(c) / n);
  if (pe === 1) return { kappa: po === 1 ? 1 : null, po, pe };
  return { kappa: (po - pe) / (1 - pe), po, pe };
}

function fmt(k) {
  if (!k) return "undefined (no items)";
  const kappa = k.kappa === null ? "undefined" : k.kappa.toFixed(3);
  return `${kappa}  (observed agreement ${k.po.toFixed(3)}, chance ${k.pe.toFixed(3)})`;
}

export function main(argv) {
  const opt = parseArgs(argv);
  const sentences = loadSentences(opt.sentences);
  const A = loadLabels(opt.a, sentences, "A");
  const B = loadLabels(opt.b, sentences, "B");

  const ids = [...sentences.keys()];
  const missingA = ids.filter((id) => !A.has(id));
  const missingB = ids.filter((id) => !B.has(id));
  if (!opt.partial && (missingA.length || missingB.length)) {
    const say = (who, m) => (m.length ? `\n  ${who} lacks ${m.length} id(s), e.g. ${m.slice(0, 5).join(", ")}` : "");
    throw new InputError(
      `not every sentence is labelled in both files (use --partial for a progress check):${say("A", missingA)}${say("B", missingB)}`,
    );
  }
  const both = ids.filter((id) => A.has(id) && B.has(id));

  console.log(`sentences: ${sentences.size}; labelled by A: ${A.size}, by B: ${B.size}, by both: ${both.length}`);
  console.log("\nlabel counts (over the ids labelled by both)");
  console.log(`${"kind".padEnd(17)}${"A".padStart(6)}${"B".padStart(6)}`);
  for (const k of KINDS) {
    const ca = both.filter((id) => A.get(id).kind === k).length;
    const cb = both.filter((id) => B.get(id).kind === k).length;
    console.log(`${k.padEnd(17)}${String(ca).padStart(6)}${String(cb).padStart(6)}`);
  }

  const xa = both.map((id) => A.get(id).kind);
  const xb = both.map((id) => B.get(id).kind);
  const flag = (k) => (k === "none" ? "no_flag" : "flag");
  console.log(`\nCohen's kappa, 6 labels:      ${fmt(cohenKappa(xa, xb, KINDS))}`);
  console.log(`Cohen's kappa, flag/no flag:  ${fmt(cohenKappa(xa.map(flag), xb.map(flag), ["flag", "no_flag"]))}`);
  for (const stratum of ["cue", "random"]) {
    const sub = both.filter((id) => sentences.get(id).stratum === stratum);
    if (!sub.length) continue;
    const sa = sub.map((id) => A.get(id).kind);
    const sb = sub.map((id) => B.get(id).kind);
    console.log(`  ${stratum} stratum (${sub.length}): 6 labels ${fmt(cohenKappa(sa, sb, KINDS))}`);
  }

  // Resolutions already written into disagreements.jsonl (kind, note) survive a re-run.
  const resolved = new Map();
  if (existsSync(opt.out)) {
    for (const { obj } of readJsonl(opt.out, "disagreements")) {
      if (obj && typeof obj.id === "string" && obj.kind) resolved.set(obj.id, { kind: obj.kind, note: obj.note ?? "" });
    }
  }
  const dis = both.filter((id) => A.get(id).kind !== B.get(id).kind);
  const out = dis.map((id) => {
    const s = sentences.get(id);
    const r = resolved.get(id);
    return JSON.stringify({
      id,
      page: s.page,
      stratum: s.stratum,
      text: s.text,
      context: s.context,
      a: A.get(id).kind,
      b: B.get(id).kind,
      kind: r ? r.kind : null,
      note: r ? r.note : "",
    });
  });
  writeFileSync(opt.out, out.length ? out.join("\n") + "\n" : "");
  const open = dis.filter((id) => !resolved.has(id)).length;
  console.log(`\n${dis.length} disagreement(s) written to ${opt.out} (${dis.length - open} resolved, ${open} open)`);
  if (open) console.log('resolve each: set "kind" to the agreed label and write a short "note", then build labels.jsonl');

  // Each pass against the adjudicated labels, when they exist.
  const finalFile = join(dirname(opt.out), "labels.jsonl");
  if (!opt.partial && existsSync(finalFile)) {
    const F = loadLabels(finalFile, sentences, "final");
    if (ids.every((id) => F.has(id))) {
      const xf = ids.map((id) => F.get(id).kind);
      for (const [who, L] of [["A", A], ["B", B]]) {
        const xl = ids.map((id) => L.get(id).kind);
        console.log(`${who} vs labels.jsonl, 6 labels: ${fmt(cohenKappa(xl, xf, KINDS))}`);
      }
    }
  }
}

if (resolve(process.argv[1] ?? "") === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    if (e instanceof InputError) {
      console.error(`agreement: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}
