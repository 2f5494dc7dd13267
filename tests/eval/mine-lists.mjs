#!/usr/bin/env node
// Mine the real cosmetic filter lists for Sift's name and wording signals (issue 11, item 2).
//
//   node tests/eval/mine-lists.mjs [--lists ../shared/filterlists] [--top 40] [--min-sites 5] [--all] [--json OUT]
//
// Reads the lists at run time (they are test input, never copied into the project) and prints, per category,
// the id and class tokens of their element-hiding selectors and the `:has-text()` wordings, ranked by the
// number of distinct sites that use them (a generic `##` rule counts as one site, "*"), with the count per
// list, and whether the catalog's name patterns (src/rules/catalog.rs, read at run time too) already match.
// Exceptions (`#@#`), scriptlets, HTML filters and network rules are skipped.
//
// Categories: a list's purpose gives it (cookies, newsletters, notifications); the two "other annoyances"
// lists mix purposes, so their tokens are put in Sift's categories by what the token itself says (donat →
// donation, login → login, ...) and otherwise counted as "other". Candidates already matched by the catalog
// are marked `=`; by default only tokens used on at least --min-sites sites are printed.
import fs from 'node:fs';
import path from 'node:path';
import { parseCliArgs } from '../support/cli-args.mjs';

const { values: opt } = parseCliArgs(import.meta.url, {
  options: {
    lists: { type: 'string', default: '../shared/filterlists' },
    catalog: { type: 'string', default: 'src/rules/catalog.rs' },
    top: { type: 'string', default: '40' },
    'min-sites': { type: 'string', default: '5' },
    all: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const TOP = Number(opt.top);
const MIN_SITES = Number(opt['min-sites']);

const LIST_CATEGORY = {
  'annoyances-cookies': 'cookie',
  'easylist-cookies': 'cookie',
  'easylist-newsletters': 'newsletter',
  'easylist-notifications': 'notification',
  'annoyances-others': null,
  'easylist-annoyances': null,
};
// For the mixed lists: what a token says about itself. Order matters (first match wins).
const TOKEN_CATEGORY = [
  ['cookie', /cookie|consent|gdpr|\bcmp\b|cmp-|ccpa/],
  ['notification', /push|notif|onesignal|bell\b/],
  ['newsletter', /newsletter|mailing|subscribe-?(?:form|box|popup)|e?mail-?(?:signup|capture|optin)/],
  ['donation', /donat|contribut|patreon|tip-?jar|ko-?fi|support-?us|supporter|reader-?revenue/],
  ['login', /login|log-in|signin|sign-in|signup|sign-up|regwall|register|registration|\bauth/],
  ['paywall', /paywall|pay-wall|metered|meter-|piano|premium-?(?:wall|overlay|content-gate)/],
  ['comments', /comment|disqus|discussion|spot-?im|openweb|coral-?talk/],
];

// The catalog's name patterns, so covered tokens can be marked. Rust raw strings → JS regexes.
function catalogNamePatterns(file) {
  if (!fs.existsSync(file)) return [];
  const src = fs.readFileSync(file, 'utf8');
  const out = [];
  // `Matcher::Names(r"...")` or `Matcher::Names(concat!(r"...", r"..."))`: the raw strings joined, comments skipped.
  for (const m of src.matchAll(/category: (\w+),(?:(?!Rule \{)[\s\S])*?matcher: Matcher::Names\(([\s\S]*?)\n {4}\},/g)) {
    const body = m[2].split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
    const pattern = [...body.matchAll(/r"((?:[^"\\]|\\.)*)"/g)].map((p) => p[1]).join('');
    try {
      out.push([m[1].toLowerCase(), new RegExp(pattern.replace(/\(\?-u:\\b\)/g, '\\b'))]);
    } catch { /* a pattern JS cannot read is simply not used for marking */ }
  }
  return out;
}

function hasTextArgs(sel) {
  const out = [];
  const re = /:(?:has-text|-abp-contains|contains)\(/g;
  let m;
  while ((m = re.exec(sel))) {
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    for (; i < sel.length && depth; i++) {
      if (sel[i] === '(') depth++;
      else if (sel[i] === ')') depth--;
    }
    out.push(sel.slice(start, i - 1));
  }
  return out;
}

function stripProcedural(sel) {
  // Drop :has-text(...)-style arguments and attribute bodies so `.x`/`#x` inside them are not read as names.
  let s = sel;
  for (const a of hasTextArgs(sel)) s = s.split(a).join('');
  return s.replace(/\[[^\]]*\]/g, (a) => a.replace(/[.#]/g, ' '));
}

function tokens(sel) {
  const out = [];
  const s = stripProcedural(sel);
  for (const m of s.matchAll(/([#.])(-?[A-Za-z_][\w-]*)/g)) out.push((m[1] === '#' ? 'id:' : 'class:') + m[2]);
  for (const m of sel.matchAll(/\[(id|class)\s*[*^$|~]?=\s*["']?([^"'\]\s]+)["']?\s*(?:i\s*)?\]/g)) {
    out.push(`${m[1]}*:${m[2]}`);
  }
  return out;
}

function parseLine(line) {
  if (!line || line.startsWith('!') || line.startsWith('[')) return null;
  const m = line.match(/^([^#]*?)(##|#\?#|#@#|#@\?#|#\$#|#\$\?#|#%#|#@\$#)(.*)$/);
  if (!m) return null;
  const [, hostPart, sep, body] = m;
  if (sep.includes('@') || sep === '#%#') return null; // exceptions, AdGuard JS
  if (body.startsWith('+js') || body.startsWith('^')) return null; // scriptlets, HTML filters
  let sel = body;
  if (sep.includes('$')) sel = sel.replace(/\{[\s\S]*\}\s*$/, ''); // CSS injection: keep the selector
  sel = sel.replace(/:(?:style|remove|remove-attr|remove-class)\([^)]*\)\s*$/, '');
  const hosts = hostPart.split(',').map((h) => h.trim().toLowerCase()).filter((h) => h && !h.startsWith('~'));
  return { sel, hosts };
}

function categoryOf(list, token) {
  if (LIST_CATEGORY[list]) return LIST_CATEGORY[list];
  const t = token.replace(/^[^:]*:/, '');
  for (const [cat, re] of TOKEN_CATEGORY) if (re.test(t)) return cat;
  return 'other';
}

// The catalog's wording patterns, so a `:has-text()` wording Sift already recognises is marked.
function catalogWordingPatterns(file) {
  if (!fs.existsSync(file)) return [];
  const src = fs.readFileSync(file, 'utf8');
  const out = [];
  for (const m of src.matchAll(/category: (\w+),(?:(?!Rule \{)[\s\S])*?matcher: Matcher::Wording\(&\[([\s\S]*?)\]\),/g)) {
    for (const p of m[2].matchAll(/r"((?:[^"\\]|\\.)*)"/g)) {
      try {
        out.push([m[1].toLowerCase(), new RegExp(p[1])]);
      } catch { /* not readable as a JS regex: not used for marking */ }
    }
  }
  return out;
}

const listDir = path.resolve(opt.lists);
if (!fs.existsSync(listDir)) {
  process.stderr.write(`error: ${listDir} not found (the filter lists live in ../shared/filterlists)\n`);
  process.exit(2);
}
const files = fs.readdirSync(listDir).filter((f) => f.endsWith('.txt')).sort();
const names = catalogNamePatterns(path.resolve(opt.catalog));
const wordings = catalogWordingPatterns(path.resolve(opt.catalog));
const wordingCovered = (cat, w) => (wordings.some(([c, re]) => c === cat && re.test(w)) ? '=' : wordings.some(([, re]) => re.test(w)) ? '~' : ' ');

// category → token → { sites: Set, generic: n, perList: {list: n} }
const tok = new Map();
const txt = new Map();
const part = new Map();
const partTokens = new Map(); // "category word" → distinct names containing the word
function words(raw) {
  return raw.replace(/^[^:]*:/, '').split(/[-_\s]+|(?<=[a-z])(?=[A-Z])/).map((w) => w.toLowerCase())
    .filter((w) => w.length >= 3 && !/^\d+$/.test(w));
}
const bump = (table, cat, key, list, hosts) => {
  if (!table.has(cat)) table.set(cat, new Map());
  const t = table.get(cat);
  if (!t.has(key)) t.set(key, { sites: new Set(), generic: 0, rules: 0, perList: {} });
  const e = t.get(key);
  e.rules++;
  if (hosts.length === 0) {
    e.generic++;
    e.sites.add('*');
  } else {
    for (const h of hosts) e.sites.add(h);
  }
  e.perList[list] = (e.perList[list] || 0) + 1;
};

const listTotals = {};
for (const f of files) {
  const list = f.replace(/\.txt$/, '');
  let n = 0;
  for (const line of fs.readFileSync(path.join(listDir, f), 'utf8').split('\n')) {
    const r = parseLine(line.trim());
    if (!r) continue;
    n++;
    const seenParts = new Set();
    for (const raw of new Set(tokens(r.sel))) {
      const t = raw.toLowerCase();
      const cat = categoryOf(list, t);
      bump(tok, cat, t, list, r.hosts);
      // The words of a name (split at - _ and camelCase humps): the unit a generic name pattern can use.
      for (const w of words(raw)) {
        if (seenParts.has(cat + w)) continue;
        seenParts.add(cat + w);
        bump(part, cat, w, list, r.hosts);
        partTokens.set(cat + ' ' + w, (partTokens.get(cat + ' ' + w) || new Set()).add(t));
      }
    }
    for (const a of hasTextArgs(r.sel)) {
      const w = a.trim().replace(/^\/(.*)\/[a-z]*$/, '$1').toLowerCase();
      if (!w) continue;
      const cat = LIST_CATEGORY[list] || categoryOf(list, 'text:' + w);
      bump(txt, cat, w, list, r.hosts);
    }
  }
  listTotals[list] = n;
}

const covered = (cat, t) => {
  const bare = t.replace(/^[^:]*:/, '');
  return names.some(([c, re]) => c === cat && re.test(bare)) ? '=' : names.some(([, re]) => re.test(bare)) ? '~' : ' ';
};
// Ranked by rules (independent evidence: one rule naming 300 sites of one network is one piece of evidence),
// then sites.
const rank = (m) => [...m.entries()].map(([k, e]) => ({ key: k, rules: e.rules, sites: e.sites.size, generic: e.generic, perList: e.perList }))
  .sort((a, b) => b.rules - a.rules || b.sites - a.sites || a.key.localeCompare(b.key));
const short = (pl) => Object.entries(pl).map(([l, n]) => `${l.replace(/^easylist-/, 'el-').replace(/^annoyances-/, 'ubo-')}:${n}`).join(' ');

const report = { lists: listTotals, tokens: {}, wordings: {} };
const out = [];
out.push(`filter rules read per list: ${Object.entries(listTotals).map(([l, n]) => `${l} ${n}`).join(', ')}`);
out.push(`catalog patterns read: ${names.length} name, ${wordings.length} wording`);
out.push('columns: rules (filter lines naming it), sites (distinct hostnames, "*" = generic counts one), generic rules, covered by the catalog (= this category, ~ another), token, rules per list');
const CATS = ['donation', 'notification', 'login', 'newsletter', 'comments', 'cookie', 'paywall', 'other'];
for (const cat of CATS) {
  const allNames = [...(tok.get(cat) || new Map()).keys()];
  const hit = allNames.filter((t) => covered(cat, t) === '=').length;
  out.push(`\n${cat}: the catalog's ${cat} name pattern matches ${hit} of ${allNames.length} distinct names in the lists (${(100 * hit / Math.max(1, allNames.length)).toFixed(1)} %)`);
  report.coverage = report.coverage || {};
  report.coverage[cat] = { matched: hit, names: allNames.length };
  const rows = rank(tok.get(cat) || new Map()).filter((r) => opt.all || (r.sites >= MIN_SITES && r.rules >= 2));
  report.tokens[cat] = rows;
  out.push(`\n== ${cat}: id/class tokens (${rows.length} in >= 2 rules and >= ${opt.all ? 1 : MIN_SITES} sites)`);
  for (const r of rows.slice(0, TOP)) {
    out.push(`${String(r.rules).padStart(5)} ${String(r.sites).padStart(5)} ${String(r.generic).padStart(4)} ${covered(cat, r.key)} ${r.key.padEnd(44)} ${short(r.perList)}`);
  }
  // Words: ranked by distinct names containing them; "share" = this category's rules with the word over all
  // categories' (a word every category uses, such as modal or popup, says nothing about the category).
  const prow = [...(part.get(cat) || new Map()).entries()].map(([w, e]) => {
    let all = 0;
    for (const c of CATS) all += part.get(c)?.get(w)?.rules || 0;
    return { key: w, names: partTokens.get(cat + ' ' + w).size, rules: e.rules, sites: e.sites.size, generic: e.generic, share: e.rules / all };
  }).filter((r) => opt.all || r.names >= 3).sort((a, b) => b.names - a.names || b.rules - a.rules || a.key.localeCompare(b.key));
  report.words = report.words || {};
  report.words[cat] = prow;
  out.push(`-- ${cat}: words of names (${prow.length} in >= 3 distinct names): names rules sites generic share covered word`);
  for (const r of prow.slice(0, TOP)) {
    out.push(`${String(r.names).padStart(5)} ${String(r.rules).padStart(5)} ${String(r.sites).padStart(5)} ${String(r.generic).padStart(4)} ${r.share.toFixed(2)} ${covered(cat, r.key)} ${r.key}`);
  }
  const wrows = rank(txt.get(cat) || new Map()).filter((r) => opt.all || r.sites >= 2);
  report.wordings[cat] = wrows;
  if (wrows.length) {
    out.push(`-- ${cat}: :has-text() wordings (${wrows.length} on >= ${opt.all ? 1 : 2} sites)`);
    for (const r of wrows.slice(0, TOP)) out.push(`${String(r.rules).padStart(5)} ${String(r.sites).padStart(5)} ${String(r.generic).padStart(4)} ${wordingCovered(cat, r.key)} ${JSON.stringify(r.key).padEnd(44)} ${short(r.perList)}`);
  }
}
process.stdout.write(out.join('\n') + '\n');
if (opt.json) fs.writeFileSync(opt.json, JSON.stringify(report, null, 1));
