// The content script's life: load settings and the engine, scan the page once it is parsed, keep up with
// changes, and answer the popup. Settings changes apply live: everything Sift did is undone, then the page
// is scanned again with the new settings. Any error is logged with context and leaves the page as it was.

/* global siftApi, SiftMsg, SiftEngineLoader, SiftCollect, SiftHide, SiftHighlight, SiftObserve, SiftMemory */

(() => {
  if (window.__siftLoaded) return; // a frame injected twice keeps one instance
  window.__siftLoaded = true;

  const host = location.hostname;
  const state = { engine: null, paused: false, article: null, errors: [], lastClick: -Infinity, active: false };
  const USER_OPEN_MS = 2000;

  const log = (what, err) => {
    const msg = `${what}: ${err && err.message ? err.message : err}`;
    state.errors.push(msg);
    console.warn('sift:', msg);
  };

  document.addEventListener('click', (e) => {
    if (e.isTrusted) state.lastClick = performance.now();
  }, true);

  // body.textContent costs a walk of the whole page: during a mutation storm, reuse it for a while.
  let textLenCache = { at: -Infinity, len: 0 };
  function pageTextLen() {
    const now = performance.now();
    if (now - textLenCache.at > 1000) textLenCache = { at: now, len: document.body ? (document.body.textContent || '').length : 0 };
    return textLenCache.len;
  }

  /** Classify the candidates among `roots` (a whole page or added subtrees) and hide what clears the bar. */
  async function hideIn(roots) {
    const engine = state.engine;
    const owners = new Set();
    for (const root of roots) {
      if (SiftHide.isHidden(root.host || root)) continue;
      const skip = (el) => SiftHide.isRevealed(el);
      const { texts, owners: textOwners } = SiftCollect.probes(root, skip);
      const { names, owners: nameOwners } = SiftCollect.names(root, skip);
      if (texts.length) for (const i of await engine.call('textHits', texts)) owners.add(textOwners[i]);
      if (names.length) for (const i of await engine.call('nameHits', names)) owners.add(nameOwners[i]);
    }
    const ctx = {
      article: state.article,
      pageTextLen: pageTextLen(),
      userOpened: performance.now() - state.lastClick < USER_OPEN_MS,
    };
    const chains = [];
    const factsOf = new Map();
    for (const el of owners) {
      if (!el.isConnected || SiftHide.isHidden(el) || !SiftCollect.rendered(el)) continue;
      const elements = SiftCollect.chain(el, ctx);
      if (!elements.length) continue;
      chains.push(elements);
    }
    if (!chains.length) return 0;
    const payload = chains.map((els) => els.map((el) => {
      let f = factsOf.get(el);
      if (!f) factsOf.set(el, (f = SiftCollect.facts(el, ctx)));
      return f;
    }));
    const verdicts = await engine.call('classify', payload);
    state.classified = true;
    // Biggest box first, so a box inside an already hidden one is not listed twice.
    const len = (v) => payload[v.chain][v.level].textLen;
    verdicts.sort((a, b) => len(b) - len(a) || b.confidence - a.confidence);
    const picked = new Map(); // element -> verdict
    for (const v of verdicts) {
      const el = chains[v.chain][v.level];
      if (!el || picked.has(el) || SiftHide.isHidden(el) || SiftHide.isRevealed(el)) continue;
      if (state.article && el.contains(state.article)) continue; // never the article, whatever the core said
      const f = payload[v.chain][v.level];
      v.modal = (f.position === 'fixed' || f.position === 'sticky') && f.viewportCover > 0.3;
      picked.set(el, v);
    }
    // A box chosen by the core often sits in a frame that holds nothing else worth reading: a widget with only
    // its title left, a rail around two callouts, a modal's frame around its body. Take the frame, so no empty
    // box or orphan heading stays. Outside the article a short leftover (a title, a close link) may go with it;
    // inside the article only a frame with no visible text of its own.
    const FRAME_REST = 25;
    const FRAME_LEVELS = 4;
    const NO_FRAME = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE', 'NAV', 'HEADER', 'FOOTER']);
    const NO_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
    const visibleText = (box, limit) => {
      let len = 0;
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => {
          if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
          if (NO_TEXT.has(node.tagName) || picked.has(node) || node.hasAttribute('data-sift-hide')) return NodeFilter.FILTER_REJECT;
          return SiftCollect.rendered(node) ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_REJECT;
        },
      });
      for (let t = walker.nextNode(); t && len <= limit; t = walker.nextNode()) len += t.data.replace(/\s+/g, '').length;
      return len;
    };
    for (const [el, v] of [...picked]) {
      if (!picked.has(el)) continue;
      const own = (el.textContent || '').replace(/\s+/g, '').length;
      let target = el;
      for (let k = 0; k < FRAME_LEVELS; k++) {
        const frame = SiftCollect.parentOf(target);
        if (!frame || NO_FRAME.has(frame.tagName) || SiftHide.isRevealed(frame) || picked.has(frame)) break;
        if (state.article && frame.contains(state.article)) break;
        const inArticle = !!state.article && state.article.contains(frame);
        const limit = inArticle ? 0 : Math.min(FRAME_REST, own);
        if (visibleText(frame, limit) > limit) break; // `target` (still picked) is not counted
        picked.delete(target);
        picked.set(frame, v);
        target = frame;
      }
    }
    let n = 0;
    for (const [el, v] of picked) {
      let inner = false;
      for (let cur = SiftCollect.parentOf(el); cur && !inner; cur = SiftCollect.parentOf(cur)) inner = picked.has(cur);
      if (!inner && !SiftHide.isHidden(el) && SiftHide.hide(el, v)) n++;
    }
    return n;
  }

  async function findArticle() {
    const { input, elements } = SiftCollect.articleInput(document);
    const choice = await state.engine.call('findArticle', input);
    return choice ? elements[choice.container] : null;
  }

  async function highlight() {
    if (!state.article) return;
    const { blocks, segments } = SiftHighlight.collect(state.article);
    if (!blocks.length) return;
    const hs = await state.engine.call('highlights', blocks);
    SiftHighlight.apply(hs, segments);
  }

  function counts() {
    siftApi.runtime.sendMessage({ type: SiftMsg.COUNTS, hidden: SiftHide.count(), highlights: SiftHighlight.count() })
      .catch(() => {});
  }

  async function fullScan() {
    if (!document.body || state.paused || state.idle) return;
    try {
      state.article = await findArticle();
      SiftMemory.stop();
      // With the local engine everything from here to the hides is synchronous work: no frame is painted
      // between taking back the provisional hides and hiding again what the engine confirms.
      SiftHide.undoProvisional();
      // Open shadow roots are scanned with the page (cookie and consent widgets often live in one) and
      // watched, since the page's observer does not see inside them.
      const shadows = SiftCollect.openShadowRoots(document.body);
      state.shadows = shadows;
      await hideIn([document.body, ...shadows]);
      SiftObserve.watch(shadows);
      SiftHide.repair(state.article);
      await highlight();
      SiftObserve.forget();
      document.documentElement.setAttribute('data-sift-ready', state.engine.mode);
      state.active = true;
      warmClassifier();
      counts();
      if (window === window.top) SiftMemory.save(host);
    } catch (err) {
      log('scan failed; page left as it was', err);
      undo();
    }
  }

  /** A page with nothing to classify at load leaves the classifier's code and button wordings unbuilt, and
   * its first late banner paid for them (14-19 ms in `make bench` against 2 ms for the next ones). Build them
   * while the page is idle, once, on a made-up box; only the in-page engine has this cost to move. */
  function warmClassifier() {
    if (state.classified || state.engine.mode !== 'wasm') return;
    state.classified = true;
    SiftObserve.whenIdle(() => {
      try {
        state.engine.call('classify', [[{ tag: 'div', text: 'Your support helps us report. Donate now', textLen: 40, buttons: ['Donate now', 'Not now'] }]]);
      } catch (err) {
        log('warming the classifier', err);
      }
    });
  }

  function undo() {
    try {
      SiftHighlight.undoAll();
      SiftHide.undoAll();
      document.documentElement.removeAttribute('data-sift-ready');
      SiftObserve.forget();
    } catch (err) {
      log('undo failed', err);
    }
    state.active = false;
  }

  async function onAdded(elements) {
    if (!state.active || state.paused || state.idle) return;
    try {
      const shadows = [];
      for (const el of elements) shadows.push(...SiftCollect.openShadowRoots(el));
      SiftObserve.watch(shadows);
      const n = await hideIn(shadows.length ? [...elements, ...shadows] : elements);
      // Repair again even when nothing new was hidden: a page may lock scrolling after its modal was hidden.
      if (SiftHide.repair(state.article)) SiftObserve.forget();
      if (n) counts();
    } catch (err) {
      log('late content', err);
    }
  }

  async function applySettings(raw) {
    const decoded = await state.engine.setSettings(raw);
    if (decoded.repairs && decoded.repairs.length) console.info('sift: settings repaired:', decoded.repairs.join('; '));
    state.paused = decoded.settings.paused.includes(host.toLowerCase());
    // Everything switched off is the same as paused: the page is left byte-for-byte as it was.
    state.idle = Object.values(decoded.settings.categories).every((on) => on === false);
  }

  /** Stylesheets still loading at DOMContentLoaded: layout facts (fixed, covering) are only true once they
   * apply. Head stylesheets block the first paint anyway, so waiting for them costs no flash. */
  function stylesReady(capMs = 1500) {
    const pending = [...document.querySelectorAll('link[rel~="stylesheet"]')].filter((l) => !l.sheet && !l.disabled);
    if (!pending.length) return Promise.resolve();
    const loaded = pending.map((l) => new Promise((resolve) => {
      l.addEventListener('load', resolve, { once: true });
      l.addEventListener('error', resolve, { once: true });
    }));
    return Promise.race([Promise.all(loaded), new Promise((resolve) => setTimeout(resolve, capMs))]);
  }

  /** Provisional hides from memory, judged on the raw stored settings (the engine is not loaded yet). */
  function startEarly(raw, known) {
    if (window !== window.top || !known.length) return;
    const ok = raw === undefined || (raw && typeof raw === 'object' && !Array.isArray(raw));
    if (!ok) return; // a damaged settings object: wait for the engine to repair it
    const paused = Array.isArray(raw && raw.paused) && raw.paused.some((h) => String(h).toLowerCase() === host.toLowerCase());
    if (paused) return;
    const cats = (raw && raw.categories) || {};
    SiftMemory.early(known, (c) => cats[c] !== false);
  }

  async function start() {
    try {
      const storedP = siftApi.storage.sync.get('settings');
      const knownP = SiftMemory.load(host).catch(() => []);
      const engineP = SiftEngineLoader.load();
      const stored = await storedP;
      startEarly(stored.settings, await knownP);
      state.engine = await engineP;
      await applySettings(stored.settings);
    } catch (err) {
      log('could not start; page left as it was', err);
      return;
    }
    const whenParsed = document.readyState === 'loading'
      ? new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }))
      : Promise.resolve();
    await whenParsed;
    await stylesReady();
    await fullScan();
    const handle = (els) => onAdded(els);
    handle.sync = state.engine.mode === 'wasm';
    SiftObserve.start(handle, () => { undo(); fullScan(); });
    SiftObserve.watch(state.shadows || []);
    // Changes are applied one after the other: two quick switches must not interleave their undo and scan.
    let applying = Promise.resolve();
    siftApi.storage.onChanged.addListener((changes, area) => {
      if (area !== 'sync' || !changes.settings) return;
      applying = applying.then(async () => {
        undo();
        await applySettings(changes.settings.newValue);
        await fullScan();
        if (state.paused) counts();
      }).catch((err) => log('settings change', err));
    });
  }

  siftApi.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    if (!msg || typeof msg.type !== 'string' || window !== window.top) return undefined;
    if (msg.type === SiftMsg.REPORT) {
      sendResponse({
        host,
        paused: state.paused,
        mode: state.engine ? state.engine.mode : 'loading',
        url: location.href,
        hidden: SiftHide.report(),
        highlights: SiftHighlight.report(),
        errors: state.errors.slice(-5),
      });
    } else if (msg.type === SiftMsg.REVEAL) {
      const ok = SiftHide.reveal(Number(msg.id));
      SiftObserve.forget();
      counts();
      sendResponse({ ok });
    }
    return undefined;
  });

  start();
})();
