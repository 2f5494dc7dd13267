// Checks that run inside a page (passed to Playwright's page.evaluate or WebDriver's executeScript), so
// both browsers judge a page by exactly the same code: is each expected obstacle gone, is the article still
// there, which sentences are highlighted and with which kind.

/** Returns {failures: [...], hidden: [...], marks: [...]} for one entry of www/expected.json. */
export function checkExpected(exp) {
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const visible = (el) => (typeof el.checkVisibility === 'function'
    ? el.checkVisibility({ checkVisibilityCSS: true, checkOpacity: true })
    : el.getClientRects().length > 0) && el.getClientRects().length > 0;
  const holders = (text) => [...document.body.querySelectorAll('*')].filter((el) => norm(el.textContent || '').includes(text)
    && ![...el.children].some((c) => norm(c.textContent || '').includes(text)));
  const groups = new Map();
  for (const m of document.querySelectorAll('mark.sift-mark')) {
    const id = m.getAttribute('data-sift-mark');
    const g = groups.get(id) || { kind: m.getAttribute('data-sift-kind'), text: '' };
    g.text += m.textContent;
    groups.set(id, g);
  }
  const marks = [...groups.values()].map((g) => ({ kind: g.kind, text: norm(g.text) }));
  const failures = [];
  for (const h of exp.hidden || []) {
    const hs = holders(h.text);
    if (hs.some(visible)) failures.push(`still visible (${h.category}): ${h.text}`);
  }
  for (const k of exp.kept || []) {
    const hs = holders(k);
    if (!hs.some(visible)) failures.push(`article text lost: ${k}`);
  }
  for (const f of exp.flagged || []) {
    const m = marks.find((x) => x.text.includes(norm(f.text)));
    if (!m) failures.push(`not highlighted (${f.kind}): ${f.text}`);
    else if (m.kind !== f.kind) failures.push(`highlighted as ${m.kind}, expected ${f.kind}: ${f.text}`);
  }
  for (const u of exp.unflagged || []) {
    const m = marks.find((x) => x.text.includes(norm(u)));
    if (m) failures.push(`wrongly highlighted (${m.kind}): ${u}`);
  }
  const hidden = [...document.querySelectorAll('[data-sift-hide]')].map((el) => ({
    category: el.getAttribute('data-sift-hide'),
    reason: el.getAttribute('data-sift-reason'),
    text: norm(el.textContent || '').slice(0, 90),
  }));
  return { failures, hidden, marks };
}

/** What the reader sees of the page's own state: scroll lock, blur, and Sift's footprint. */
/** In the page: the highlighted sentences, one per mark id (a sentence that crosses a link or other inline
 * element is marked in pieces sharing an id), with kind, text and tooltip. `checkExpected` keeps its own
 * copy because each function is sent to the page on its own. */
export function markedSentences() {
  const groups = new Map();
  for (const m of document.querySelectorAll('mark.sift-mark')) {
    const id = m.getAttribute('data-sift-mark');
    const g = groups.get(id) || { kind: m.getAttribute('data-sift-kind'), text: '', title: m.title };
    g.text += m.textContent;
    groups.set(id, g);
  }
  return [...groups.values()];
}

export function pageState() {
  const story = document.querySelector('article, main, #story');
  return {
    ready: document.documentElement.getAttribute('data-sift-ready'),
    htmlOverflow: getComputedStyle(document.documentElement).overflowY,
    bodyOverflow: getComputedStyle(document.body).overflowY,
    blur: story ? getComputedStyle(story).filter : 'none',
    hiddenCount: document.querySelectorAll('[data-sift-hide]').length,
    markCount: document.querySelectorAll('mark.sift-mark').length,
  };
}

/** Is there a visible element holding `text`? */
export function textVisible(text) {
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  return [...document.body.querySelectorAll('*')].some((el) => norm(el.textContent || '').includes(text)
    && ![...el.children].some((c) => norm(c.textContent || '').includes(text))
    && el.getClientRects().length > 0
    && (typeof el.checkVisibility !== 'function' || el.checkVisibility({ checkVisibilityCSS: true })));
}

/** `textVisible` in the shape `tab.wait` polls for (`{ok}`); written out again because each function is sent
 * to the page on its own. */
export function textShown(text) {
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const ok = [...document.body.querySelectorAll('*')].some((el) => norm(el.textContent || '').includes(text)
    && ![...el.children].some((c) => norm(c.textContent || '').includes(text))
    && el.getClientRects().length > 0
    && (typeof el.checkVisibility !== 'function' || el.checkVisibility({ checkVisibilityCSS: true })));
  return { ok };
}

/** The document as markup, for "untouched" comparisons. */
export function serialize() {
  return document.documentElement.outerHTML;
}
