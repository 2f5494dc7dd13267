// The peer: Ghostery's list-based adblocker engine with ../shared/filterlists/*.txt, applied as cosmetic
// filtering (element-hiding CSS + procedural/extended selectors). Scriptlets (##+js) are NOT run: they need
// uBO's resources bundle, which is not available offline. Network rules are irrelevant offline.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { FiltersEngine } from '@ghostery/adblocker';
import { parse as parseUrl } from 'tldts-experimental';

export const PEER_MODE = 'cosmetic CSS + extended selectors; no scriptlets, no network rules';

/** Directory of @ghostery/adblocker-extended-selectors' ESM build (served to the page as a module). */
export function extendedSelectorsDir() {
  const require = createRequire(import.meta.url);
  const cjs = require.resolve('@ghostery/adblocker-extended-selectors'); // …/dist/commonjs/index.js
  return path.join(path.dirname(path.dirname(cjs)), 'esm');
}

export function loadPeerEngine(filterDir) {
  const files = fs.readdirSync(filterDir).filter((f) => f.endsWith('.txt')).sort();
  const text = files.map((f) => fs.readFileSync(path.join(filterDir, f), 'utf8')).join('\n');
  const t0 = performance.now();
  const engine = FiltersEngine.parse(text, {
    loadNetworkFilters: false, loadCosmeticFilters: true, loadGenericCosmeticsFilters: true,
    loadExtendedSelectors: true, loadExceptionFilters: true, loadCSPFilters: false, enableCompression: false,
  });
  return { engine, files, ms: performance.now() - t0 };
}

/** Page features (runs in the page): classes, ids, hrefs. */
export function pageFeatures() {
  const classes = new Set(); const ids = new Set(); const hrefs = new Set();
  for (const el of document.querySelectorAll('[id],[class],a[href]')) {
    if (el.id) ids.add(el.id);
    for (const c of el.classList) classes.add(c);
    if (el.tagName === 'A' && el.href) hrefs.add(el.href);
  }
  return { classes: [...classes], ids: [...ids], hrefs: [...hrefs] };
}

/** Cosmetics for a page whose original address is `origUrl` (falls back to the served URL). */
export function cosmeticsFor(engine, origUrl, features) {
  const parsed = parseUrl(origUrl);
  return engine.getCosmeticsFilters({
    url: origUrl, hostname: parsed.hostname || '', domain: parsed.domain || '',
    classes: features.classes, ids: features.ids, hrefs: features.hrefs,
    getBaseRules: true, getInjectionRules: false, getExtendedRules: true,
  });
}

/** Apply the cosmetics to a Playwright page; `xsUrl` is the served extended-selectors module path (same origin). */
export async function applyCosmetics(page, cosmetics, xsUrl) {
  if (cosmetics.styles) await page.addStyleTag({ content: cosmetics.styles });
  let extendedHits = 0;
  if (cosmetics.extended?.length) {
    extendedHits = await page.evaluate(async ({ xsUrl, extended }) => {
      const xs = await import(new URL(xsUrl, location.origin).href);
      let hits = 0;
      for (const { ast, attribute, directive } of extended) {
        let els = [];
        try { els = xs.querySelectorAll(document.documentElement, ast); } catch { continue; }
        for (const el of els) {
          hits++;
          if (attribute !== undefined) el.setAttribute(attribute, '');
          if (directive) { try { xs.handlePseudoDirective(el, directive); } catch { /* ignore */ } }
        }
      }
      return hits;
    }, { xsUrl, extended: cosmetics.extended });
  }
  return { styleBytes: cosmetics.styles.length, extendedRules: cosmetics.extended?.length || 0, extendedHits };
}
