// The content script's life: load settings and the engine, scan the page once it is parsed, keep up with
// changes, and answer the popup. Settings changes apply live: everything Sift did is undone, then the page
// is scanned again with the new settings. Any error is logged with context and leaves the page as it was.

/* global siftApi, SiftMsg, SiftEngineLoader, SiftCollect, SiftHide, SiftHighlight, SiftObserve */

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

  function pageTextLen() {
    return document.body ? (document.body.textContent || '').length : 0;
  }

  /** Classify the candidates among `roots` (a whole page or added subtrees) and hide what clears the bar. */
  async function hideIn(roots) {
    const engine = state.engine;
    const owners = new Set();
    for (const root of roots) {
      if (SiftHide.isHidden(root)) continue;
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
    // Biggest box first, so a box inside an already hidden one is not listed twice.
    const len = (v) => payload[v.chain][v.level].textLen;
    verdicts.sort((a, b) => len(b) - len(a) || b.confidence - a.confidence);
    let n = 0;
    for (const v of verdicts) {
      const el = chains[v.chain][v.level];
      if (!el || SiftHide.isHidden(el) || SiftHide.isRevealed(el)) continue;
      if (state.article && el.contains(state.article)) continue; // never the article, whatever the core said
      const f = payload[v.chain][v.level];
      v.modal = (f.position === 'fixed' || f.position === 'sticky') && f.viewportCover > 0.3;
      if (SiftHide.hide(el, v)) n++;
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
    if (!document.body || state.paused) return;
    try {
      state.article = await findArticle();
      await hideIn([document.body]);
      SiftHide.repair(state.article);
      await highlight();
      SiftObserve.forget();
      document.documentElement.setAttribute('data-sift-ready', state.engine.mode);
      state.active = true;
      counts();
    } catch (err) {
      log('scan failed; page left as it was', err);
      undo();
    }
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
    if (!state.active || state.paused) return;
    try {
      const n = await hideIn(elements);
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
  }

  async function start() {
    try {
      state.engine = await SiftEngineLoader.load();
      const stored = await siftApi.storage.sync.get('settings');
      await applySettings(stored.settings);
    } catch (err) {
      log('could not start; page left as it was', err);
      return;
    }
    const whenParsed = document.readyState === 'loading'
      ? new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }))
      : Promise.resolve();
    await whenParsed;
    await fullScan();
    const handle = (els) => onAdded(els);
    handle.sync = state.engine.mode === 'wasm';
    SiftObserve.start(handle, () => { undo(); fullScan(); });
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
