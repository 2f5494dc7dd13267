// Parity of Sift's cosmetic filter lookup with a reference engine, Ghostery's @ghostery/adblocker, on the
// six real lists in ../shared/filterlists (see tests/lists/README.md for the command and the findings).
//
// For a sample of hostnames drawn from the lists' specific rules, compares the plain hide selectors Sift
// applies (`sift lists --compile`, then `sift lists --selectors HOSTS compiled.json`) with the ones
// Ghostery's FiltersEngine puts in its stylesheet for the same hostname. The generic selectors (the same
// on every site) are compared once, on a hostname no rule names; per hostname, what that hostname adds
// to them and what it takes away. Prints matched / only-Sift / only-Ghostery counts with up to 20
// examples of each, every example with the list lines behind it and a reason when one is known.
//
//   cargo build --release && node tests/lists/parity.mjs [--hosts N] [--lists DIR]

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FiltersEngine } from '@ghostery/adblocker';
import { classifySelector, SelectorType } from '@ghostery/adblocker-extended-selectors';
import { getDomain } from 'tldts-experimental';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const HOSTS = Number(opt('--hosts', 300));
const listsDir = opt('--lists', join(root, '..', 'shared', 'filterlists'));
const targetDir = process.env.CARGO_TARGET_DIR || join(root, 'target');
const sift = ['release', 'debug'].map((p) => join(targetDir, p, 'sift')).find(existsSync);
if (!sift) throw new Error(`no sift binary under ${targetDir}: run cargo build --release first`);

const files = readdirSync(listsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(listsDir, f));
const texts = files.map((f) => readFileSync(f, 'utf8'));

// ---- the lines behind a selector, and what is known about them -------------------------------------
const COSMETIC = /^([^#/|^$=?&:@[\]]*)#(@?)(\??)#(.+)$/;
const lines = []; // {file, line, text, hosts, exception, body, inIf}
for (const [i, text] of texts.entries()) {
  const stack = [];
  text.split('\n').forEach((raw, n) => {
    const t = raw.trim();
    if (t.startsWith('!#if')) stack.push(t.slice(4).trim());
    else if (t.startsWith('!#else') && stack.length) stack[stack.length - 1] = `not (${stack.at(-1)})`;
    else if (t.startsWith('!#endif')) stack.pop();
    const m = COSMETIC.exec(t);
    if (!m || m[4].startsWith('+js') || m[4].startsWith('^')) return;
    lines.push({
      file: files[i].split('/').pop(),
      line: n + 1,
      text: t,
      hosts: m[1],
      exception: m[2] === '@',
      body: m[4],
      inIf: stack.join(' && '),
    });
  });
}
const bySelector = new Map();
for (const l of lines) {
  const key = l.body.replace(/:style\(.*\)$/, '').trim();
  if (!bySelector.has(key)) bySelector.set(key, []);
  bySelector.get(key).push(l);
}

// ---- the hostname sample: every specific hostname of the lists, ordered by a stable hash -------------
const hash = (s) => {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h;
};
const candidates = new Set();
for (const l of lines) {
  if (l.exception) continue;
  for (let h of l.hosts.split(',')) {
    h = h.trim().toLowerCase();
    if (!h || h.startsWith('~') || h === '*' || /[^a-z0-9.*-]/.test(h)) continue;
    candidates.add(h.endsWith('.*') ? `${h.slice(0, -2)}.com` : h);
  }
}
const hosts = [...candidates].sort((a, b) => hash(a) - hash(b) || (a < b ? -1 : 1)).slice(0, HOSTS);
const NEUTRAL = 'sift-parity-neutral.example';

// ---- Sift -------------------------------------------------------------------------------------------
mkdirSync(join(root, 'out', 'lists'), { recursive: true });
const compiledPath = join(root, 'out', 'lists', 'compiled.json');
execFileSync(sift, ['lists', '--compile', compiledPath, ...files], { stdio: ['ignore', 'ignore', 'inherit'] });
const siftErrors = new Map(); // "file:line" -> message
const report = JSON.parse(execFileSync(sift, ['lists', '--json', ...files], { maxBuffer: 1 << 26 }).toString());
for (const l of report.lists) for (const e of l.errors) siftErrors.set(`${l.file}:${e.line}`, e.message);
const siftOut = execFileSync(sift, ['lists', '--selectors', [NEUTRAL, ...hosts].join(','), compiledPath], {
  maxBuffer: 1 << 28,
})
  .toString()
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const siftSets = new Map(siftOut.map((r) => [r.host, { hide: new Set(r.hide), procedural: r.procedural.length }]));

// ---- Ghostery ---------------------------------------------------------------------------------------
const engine = FiltersEngine.parse(texts.join('\n'), {
  loadCosmeticFilters: true,
  loadNetworkFilters: false,
  loadExtendedSelectors: true,
});
const HIDE = 'display: none !important;';
function stylesheetSelectors(styles) {
  const hide = new Set();
  for (const m of styles.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (m[2].trim() !== HIDE) continue;
    for (const s of m[1].split(',\n')) if (s.trim()) hide.add(s.trim());
  }
  return hide;
}
function ghostery(host, dom) {
  const r = engine.getCosmeticsFilters({
    url: `https://${host}/`,
    hostname: host,
    domain: getDomain(host) || host,
    getBaseRules: dom !== undefined,
    getRulesFromDOM: dom !== undefined,
    getInjectionRules: false,
    getExtendedRules: true,
    ...(dom || {}),
  });
  return { hide: stylesheetSelectors(r.styles), procedural: r.extended.length };
}

// The generic selectors Ghostery indexes by class, id or href are only returned for a page that has
// them: give it every class, id and href the generic selectors name.
const neutralSift = siftSets.get(NEUTRAL).hide;
const dom = { classes: new Set(), ids: new Set(), hrefs: new Set() };
for (const s of neutralSift) {
  const m = /^([.#])((?:\\.|[\w-])+)/.exec(s);
  if (m) (m[1] === '.' ? dom.classes : dom.ids).add(m[2].replace(/\\(.)/g, '$1'));
  for (const h of s.matchAll(/href[*^$]?="([^"]+)"/g)) dom.hrefs.add(h[1]);
}
const neutralGhostery = ghostery(NEUTRAL, {
  classes: [...dom.classes],
  ids: [...dom.ids],
  hrefs: [...dom.hrefs],
}).hide;
const neutralGhosteryHostPart = ghostery(NEUTRAL).hide;

// ---- comparison -------------------------------------------------------------------------------------
const diff = (a, b) => [...a].filter((x) => !b.has(x));
const tally = { generic: { matched: 0, sift: [], ghostery: [] }, added: { matched: 0, sift: [], ghostery: [] }, removed: { matched: 0, sift: [], ghostery: [] } };
const ng = new Set(neutralGhostery);
tally.generic.matched = [...neutralSift].filter((s) => ng.has(s)).length;
tally.generic.sift = diff(neutralSift, ng).map((s) => ({ host: '(every site)', s }));
tally.generic.ghostery = diff(ng, neutralSift).map((s) => ({ host: '(every site)', s }));
let procSift = 0;
let procGhostery = 0;
for (const host of hosts) {
  const s = siftSets.get(host);
  const g = ghostery(host);
  procSift += s.procedural;
  procGhostery += g.procedural;
  const sAdded = new Set(diff(s.hide, neutralSift));
  const sRemoved = new Set(diff(neutralSift, s.hide));
  // Ghostery without base rules returns the host's own selectors plus the generic ones some exception
  // could take away; the latter are in its neutral answer too.
  // A selector that is also generic is on every site already: not something this hostname adds.
  const gAdded = new Set(diff(g.hide, neutralGhosteryHostPart).filter((x) => !ng.has(x)));
  const gRemoved = new Set(diff(neutralGhosteryHostPart, g.hide));
  for (const [kind, a, b] of [['added', sAdded, gAdded], ['removed', sRemoved, gRemoved]]) {
    tally[kind].matched += [...a].filter((x) => b.has(x)).length;
    tally[kind].sift.push(...diff(a, b).map((x) => ({ host, s: x })));
    tally[kind].ghostery.push(...diff(b, a).map((x) => ({ host, s: x })));
  }
}

function why(selector, side) {
  const behind = bySelector.get(selector) || [];
  const notes = new Set();
  for (const l of behind) {
    const err = siftErrors.get(`${l.file}:${l.line}`);
    if (err) notes.add(`Sift rejects the line: ${err}`);
    if (l.inIf) notes.add(`inside !#if ${l.inIf}: Sift evaluates it for its desktop builds, Ghostery loads every block`);
  }
  const type = classifySelector(selector);
  if (type === SelectorType.Extended) notes.add('Ghostery classifies it as an extended (procedural) selector');
  if (type === SelectorType.Invalid) notes.add('Ghostery classifies it as invalid CSS');
  if (side === 'ghostery' && !behind.length) notes.add('no list line has this exact selector text');
  return { behind: behind.slice(0, 2).map((l) => `${l.file}:${l.line} ${l.text.slice(0, 140)}`), notes: [...notes] };
}

const out = [];
out.push(`parity: ${hosts.length} hostnames from ${files.length} lists (${candidates.size} specific hostnames in all)`);
out.push(`Sift ${sift}; Ghostery @ghostery/adblocker (FiltersEngine.parse, cosmetic filters, extended selectors on)`);
for (const [kind, label] of [
  ['generic', 'generic selectors (every site)'],
  ['added', 'selectors a hostname adds'],
  ['removed', 'generic selectors a hostname takes away (exceptions, ~negations)'],
]) {
  const t = tally[kind];
  out.push('');
  out.push(`${label}: matched ${t.matched}, only Sift ${t.sift.length}, only Ghostery ${t.ghostery.length}`);
  for (const side of ['sift', 'ghostery']) {
    for (const { host, s } of t[side].slice(0, 20)) {
      const w = why(s, side);
      out.push(`  only ${side === 'sift' ? 'Sift' : 'Ghostery'} on ${host}: ${s}`);
      for (const b of w.behind) out.push(`      from ${b}`);
      for (const n of w.notes) out.push(`      why: ${n}`);
    }
  }
}
out.push('');
out.push(`procedural filters over the sample: Sift ${procSift}, Ghostery ${procGhostery} (counted, not compared)`);
console.log(out.join('\n'));
