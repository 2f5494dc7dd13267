// Instrumentation that runs inside the page (main world, added with page.addInitScript before navigation),
// so Sift is measured from outside without changing it: a MutationObserver notes when Sift marks the page
// ready (`data-sift-ready` on <html>) and when it hides an element (`data-sift-hide`); a requestAnimationFrame
// loop counts frames, so a hide can be placed before or after the next paint. All times are performance.now().

/** Corpus pages: only the ready mark (one attribute-filtered observer, same in both browsers). */
export function readyProbe() {
  // `start`: when this document came to be (init scripts run as the document is created, as do document_start
  // content scripts), so ready − start is Sift's start-to-all-verdicts time as the page sees it
  const P = (window.__siftBench = { start: performance.now(), ready: null });
  new MutationObserver(() => {
    if (P.ready === null && document.documentElement && document.documentElement.hasAttribute('data-sift-ready')) {
      P.ready = performance.now();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-sift-ready'] });
}

/**
 * Fixtures: ready mark, every hide (with the frame count at that moment) and, per animation frame until
 * `stopAfterMs`, whether the element matching `watch` (a selector) is in the page and not hidden by Sift.
 */
export function frameProbe({ watch = null, stopAfterMs = 4000, late = false } = {}) {
  const P = (window.__siftBench = { start: performance.now(), ready: null, frame: 0, hides: [], frames: [], inserts: [] });
  // Shown = rendered: whatever hides it (Sift's attribute, a remembered-selector stylesheet, a user
  // stylesheet) counts, so the probe does not depend on how the extension hides.
  const hiddenBySift = (el) => !!el.closest('[data-sift-hide]') ||
    (typeof el.checkVisibility === 'function' && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
  new MutationObserver((records) => {
    const t = performance.now();
    for (const r of records) {
      if (r.attributeName === 'data-sift-ready') {
        if (P.ready === null) P.ready = t;
      } else if (r.attributeName === 'data-sift-hide' && r.target.hasAttribute('data-sift-hide')) {
        const late = r.target.closest('[data-bench-late]') || r.target.querySelector('[data-bench-late]');
        P.hides.push({ t, frame: P.frame, late: late ? Number(late.getAttribute('data-bench-late')) : null,
          category: r.target.getAttribute('data-sift-hide') });
      }
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-sift-ready', 'data-sift-hide'] });
  if (late) {
    // the frame count when each late element went in (this observer runs before Sift's: it was created first)
    new MutationObserver((records) => {
      const t = performance.now();
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeType !== 1 || !n.hasAttribute('data-bench-late')) continue;
          const index = Number(n.getAttribute('data-bench-late'));
          P.inserts.push({ index, t, frame: P.frame });
          // Already unrendered as it goes in: a stylesheet rule (Sift's session rules for a box it hid before)
          // hid it before any frame; that counts as hidden at insertion.
          if (hiddenBySift(n)) P.hides.push({ t, frame: P.frame, late: index, category: 'stylesheet' });
        }
      }
    }).observe(document, { childList: true, subtree: true });
  }
  const tick = () => {
    // performance.now(), not the callback's frame time: a busy main thread runs the callback long after that
    const t = performance.now();
    P.frame++;
    if (watch) {
      const el = document.querySelector(watch);
      P.frames.push({ frame: P.frame, t, present: !!el, shown: !!el && !hiddenBySift(el) });
    }
    if (t < stopAfterMs || !watch) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** The floor: a bare TreeWalker over body's elements reading className, in ms (cold first walk, then warm average). */
export function floorWalk() {
  const walk = () => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
    let n = 0; let len = 0;
    for (let e = w.nextNode(); e; e = w.nextNode()) {
      const c = e.className;
      if (typeof c === 'string') len += c.length;
      n++;
    }
    return n + len * 0;
  };
  if (!document.body) return null;
  let t0 = performance.now();
  const elements = walk();
  const cold = performance.now() - t0;
  // performance.now() is coarse (0.1 ms) outside cross-origin isolation: repeat until 5 ms have passed.
  let reps = 0;
  t0 = performance.now();
  let t1 = t0;
  while (t1 - t0 < 5 || reps < 3) { walk(); reps++; t1 = performance.now(); }
  return { elements, coldMs: cold, warmMs: (t1 - t0) / reps, reps };
}

/** Navigation milestones of the page (ms since time origin). */
export function milestones() {
  const n = performance.getEntriesByType('navigation')[0] || {};
  const paint = Object.fromEntries(performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]));
  return {
    dclStart: n.domContentLoadedEventStart ?? null, dclEnd: n.domContentLoadedEventEnd ?? null,
    loadEnd: n.loadEventEnd ?? null, firstPaint: paint['first-paint'] ?? null,
    elements: document.getElementsByTagName('*').length,
    bytes: (n.decodedBodySize ?? null),
    bench: window.__siftBench || null,
    // marks content scripts leave on the page's timeline: the bench peer's first question to its worker and
    // the answer (bench-peer-*), and any sift-* marks
    marks: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => /^(bench|sift)-/.test(m.name)).map((m) => [m.name, m.startTime])),
    timeOrigin: performance.timeOrigin,
  };
}
