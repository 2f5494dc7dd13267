// The content script's life: ask the background engine whether Sift runs on this site, scan the page once it
// is parsed (a survey of cheap facts, then a snapshot of the candidates, then the core's actions), keep up
// with changes, and answer the popup. It reads DOM facts and applies actions; every decision is the core's.
// Settings changes apply live: the page is scanned again with the new settings and what Sift did is replaced
// by the new actions in one task. Any error is logged with context and leaves the page as it was. The filter
// lists ride along (content/lists.js): their first stylesheet comes with the worker's answer at document
// start, generic rules with each survey's answer, applied after the core's own hides. What a list hid from the
// start is not rendered when the core reads the page, so it stays the list's (reading the page with the lists'
// sheets switched off costs a style recalculation of the whole page, about 2 ms: tests/bench/lists-css.mjs);
// what a later rule hides on top of the core's hide, or around or inside it, the popup tells once.

/* global siftApi, SiftMsg, SiftCore, SiftCollect, SiftHide, SiftHighlight, SiftObserve, SiftMemory, SiftUserRules, SiftPicker, SiftLists */

(() => {
  const w = /** @type {Window & {__siftLoaded?: boolean}} */ (window);
  if (w.__siftLoaded) return; // a frame injected twice keeps one instance
  w.__siftLoaded = true;

  // A srcdoc or about:blank frame has no host of its own: it belongs to the page that wrote it.
  const host = location.hostname || (() => {
    try {
      return window.parent.location.hostname;
    } catch {
      return '';
    }
  })();
  // `gen` counts undos: a scan whose answer arrives after the page was reset (a settings change) is dropped.
  const state = { paused: false, idle: true, article: null, headline: null, errors: [], lastClick: -Infinity, active: false, gen: 0, shadows: [], scanning: null, frameToken: '' };
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

  // Candidates the core looked at and left shown (or could not read: not rendered, like a closed modal): read
  // again when something around them changes class, style or visibility. A changed element's own name is
  // sent again only when it changed.
  const undecided = new Set();
  const MAX_UNDECIDED = 500;
  const lastName = new WeakMap();
  function rememberUndecided(owners) {
    for (const el of owners) if (undecided.size < MAX_UNDECIDED && el.isConnected && !SiftHide.isHidden(el)) undecided.add(el);
  }
  const hideState = { isHidden: (el) => SiftHide.isHidden(el), isRevealed: (el) => SiftHide.isRevealed(el), isHiddenBox: (el) => SiftHide.isHiddenBox(el) };
  const skip = (el) => SiftHide.isRevealed(el);

  /** The survey of `roots` (elements or shadow roots), skipping those already hidden by a decision. Content
   * added inside a box hidden only from the site's memory is read: the first scan may show that box again. */
  function surveyOf(roots, full) {
    return SiftCollect.survey(roots.filter((r) => !SiftHide.isDecided(r.host || r)), skip, full);
  }

  /** Surveys of several slices (none, one or more) as one message. */
  function merge(parts) {
    if (parts.length === 1) return parts[0];
    const out = { survey: { texts: [], names: [], controls: [], frames: [], article: null }, textOwners: [], nameOwners: [], controlOwners: [], frameOwners: [], containers: [] };
    for (const p of parts) {
      for (let i = 0; i < p.survey.texts.length; i++) { out.survey.texts.push(p.survey.texts[i]); out.textOwners.push(p.textOwners[i]); }
      for (let i = 0; i < p.survey.names.length; i++) { out.survey.names.push(p.survey.names[i]); out.nameOwners.push(p.nameOwners[i]); }
      for (let i = 0; i < p.survey.controls.length; i++) { out.survey.controls.push(p.survey.controls[i]); out.controlOwners.push(p.controlOwners[i]); }
      for (let i = 0; i < p.survey.frames.length; i++) { out.survey.frames.push(p.survey.frames[i]); out.frameOwners.push(p.frameOwners[i]); }
    }
    return out;
  }

  /**
   * From a survey to the core's actions, with the elements they point at; null when the page was reset while
   * the engine answered. On a full scan the article is found and its text blocks go along for highlighting;
   * `replace` (a settings change) reads the page as if Sift had done nothing, while what it did stays in place
   * until the new actions replace it in one task. Late content is read within a time slice (`budget` ms, counted
   * from when the engine's answer to the survey is in, not from the call: the round trip to the worker can take
   * longer than the slice, and a slice that started late would read nothing and send it all round again); the
   * candidates left over go back to the observer.
   */
  async function decideOn(s, { full = false, replace = false, budget = Infinity, layout = null, known = [] } = {}) {
    const gen = state.gen;
    const found = s.survey.texts.length || s.survey.names.length || s.survey.controls.length || s.survey.frames.length || s.survey.article
      ? await SiftCore.survey(s.survey)
      : { texts: [], names: [], controls: [], frames: [], article: null, lists: [] };
    // The survey needs no styles; the facts of the snapshot do (`layout`: the page's stylesheets loaded).
    if (layout) await layout;
    if (gen !== state.gen) return null;
    const owners = new Set(known);
    for (const i of found.texts) owners.add(s.textOwners[i]);
    for (const i of found.names) owners.add(s.nameOwners[i]);
    for (const i of found.controls) owners.add(s.controlOwners[i]);
    for (const i of found.frames) owners.add(s.frameOwners[i]);
    // Late content inside a frame a hide was widened to (it was read before that hide was made): only the
    // box stays hidden, so the new content is judged on its own.
    if (!full) for (const el of owners) SiftHide.narrow(el);
    // Boxes hidden from memory (or, on a settings change, all boxes) are shown while their facts are read
    // (layout facts must be true) and hidden again before this task ends, so no frame is painted in between.
    const lifted = full ? SiftHide.liftProvisional(replace) : [];
    if (replace) SiftHighlight.undoAll(); // marks split the text the blocks are read from
    const article = full ? (found.article ? s.containers[found.article.container] || null : null) : state.article;
    const headline = full ? SiftCollect.headline(document) : state.headline; // read with the article, once a full scan
    const hl = full && article ? SiftHighlight.collect(article) : { blocks: [], segments: [] };
    const ctx = { article, headline, pageTextLen: pageTextLen(), userOpened: performance.now() - state.lastClick < USER_OPEN_MS, embedded: window !== window.top,
      holdsHidden: (el) => SiftHide.holdsHidden(el) };
    const snap = SiftCollect.snapshot(owners, ctx, hideState, hl.blocks, performance.now() + budget);
    SiftHide.restoreProvisional(lifted);
    if (snap.rest.length) SiftObserve.requeue(snap.rest);
    if (full) undecided.clear();
    const none = !snap.snapshot.chains.length && !hl.blocks.length;
    const actions = none ? { hide: [], highlights: [] } : await SiftCore.decide(snap.snapshot);
    if (gen !== state.gen) return null;
    return {
      ...actions, article, headline, elements: snap.elements, segments: hl.segments, owners: [...owners].filter((el) => !snap.rest.includes(el)),
      lists: found.lists || [],
    };
  }

  function applyHides(result) {
    let n = 0;
    for (const a of result.hide) {
      const el = result.elements[a.node];
      if (!el || !el.isConnected || SiftHide.isHidden(el) || SiftHide.isRevealed(el)) continue;
      const box = a.first !== a.node ? result.elements[a.first] : null;
      if (SiftHide.hide(el, { ...a, box })) {
        n++;
        if (a.wholeFrame && window !== window.top) askFrameHide(a);
      }
    }
    return n;
  }

  /** The core found this frame's whole content to be an obstacle: the page around it is asked (through the
   * worker, the only way to reach a page of another origin) to hide the frame element, which it finds by the
   * token this document carries or by this frame's URL. */
  function askFrameHide(a) {
    if (!state.frameToken) state.frameToken = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    document.documentElement.setAttribute('data-sift-frame', state.frameToken);
    siftApi.runtime.sendMessage({
      type: SiftMsg.FRAME_HIDE, token: state.frameToken, url: location.href,
      category: a.category, reason: a.reason, confidence: a.confidence, rules: a.rules,
    }).catch(() => {});
  }

  /** A frame of this page asked for its frame element to be hidden: hide it, if it is here. */
  function hideFrameElement(msg) {
    if (!state.active || state.paused || state.idle || typeof msg.token !== 'string') return;
    const frames = [document, ...state.shadows].flatMap((root) => [...root.querySelectorAll('iframe, frame')]);
    const el = frames.find((f) => {
      const doc = /** @type {HTMLIFrameElement} */ (f).contentDocument;
      if (doc) return !!doc.documentElement && doc.documentElement.getAttribute('data-sift-frame') === msg.token;
      return /** @type {HTMLIFrameElement} */ (f).src === msg.url;
    });
    if (!el || SiftHide.isHidden(el) || SiftHide.isRevealed(el)) return;
    const verdict = {
      category: msg.category, reason: `${msg.reason} (all its frame shows)`, confidence: msg.confidence, rules: msg.rules,
      modal: false, frameToken: msg.token,
    };
    if (SiftHide.hide(el, verdict)) {
      SiftObserve.forget();
      counts();
    }
  }

  /** The reader revealed this frame's element in the page around it: show what was hidden here with it. */
  function revealWholeFrame() {
    for (const [, entry] of SiftHide.entries()) if (entry.wholeFrame) SiftHide.reveal(entry.id);
    SiftObserve.forget();
    counts();
  }

  function counts() {
    siftApi.runtime.sendMessage({ type: SiftMsg.COUNTS, hidden: SiftHide.count(), highlights: SiftHighlight.count() })
      .catch(() => {});
  }

  /** Scan the whole page and apply the core's actions; `replace` swaps what Sift did for the new actions. */
  async function fullScan({ replace = false, layout = null } = {}) {
    if (!document.body || state.paused || state.idle) return;
    /** @type {(v?: unknown) => void} */
    let done = () => {};
    state.scanning = new Promise((r) => { done = r; });
    try {
      // Open shadow roots are scanned with the page (cookie and consent widgets often live in one) and
      // watched, since the page's observer does not see inside them.
      const shadows = SiftCollect.openShadowRoots(document.body);
      state.shadows = shadows;
      const result = await decideOn(surveyOf([document.body, ...shadows], true), { full: true, replace, layout });
      if (!result) return;
      SiftMemory.stop();
      // From here to the hides everything is synchronous: no frame is painted between taking back the
      // provisional hides (or, on a settings change, everything) and hiding again what the engine decided.
      if (replace) reset();
      else SiftHide.undoProvisional();
      state.article = result.article;
      state.headline = result.headline;
      applyHides(result);
      rememberUndecided(result.owners);
      SiftObserve.watch(shadows);
      SiftHide.repair(state.article);
      SiftHighlight.apply(result.highlights, result.segments);
      SiftLists.addGeneric(result.lists);
      SiftObserve.forget();
      SiftLists.schedule();
      document.documentElement.setAttribute('data-sift-ready', 'ready');
      state.active = true;
      counts();
      if (window === window.top) SiftMemory.save(host);
    } catch (err) {
      log('scan failed; page left as it was', err);
      undo();
    } finally {
      state.scanning = null;
      done();
    }
  }

  /** Undo everything Sift did on the page (the lists' rules too) and drop the answers still on their way. */
  function undo() {
    state.gen++;
    reset();
    SiftLists.undoAll();
  }

  function reset() {
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

  /** Late content, fed by the observer in slices: `collect` reads one added subtree (synchronous, within the
   * observer's time budget), `flush` sends what the slices collected. One batch is with the engine at a time;
   * what arrives meanwhile goes in the next batch, so a storm of changes never piles up work in one frame. */
  const late = {
    parts: [],
    known: new Set(),
    busy: false,
    collect(el) {
      if (state.paused || state.idle) return;
      SiftHide.narrow(el); // new content in a frame widened around a hidden box: only the box stays hidden
      const roots = [el, ...SiftCollect.openShadowRoots(el)];
      SiftObserve.watch(roots.slice(1));
      late.parts.push(surveyOf(roots, false));
    },
    touch(el) {
      if (state.paused || state.idle || SiftHide.isHidden(el)) return;
      const own = SiftCollect.survey([el], skip, false, true);
      const name = own.survey.names[0];
      if (name !== undefined && lastName.get(el) !== name) {
        lastName.set(el, name);
        late.parts.push(own);
      }
      for (const c of undecided) {
        if (!c.isConnected) undecided.delete(c);
        else if (el.contains(c)) {
          undecided.delete(c);
          late.known.add(c);
        }
      }
    },
    async flush() {
      if (late.busy || (!late.parts.length && !late.known.size)) return;
      late.busy = true;
      try {
        if (state.scanning) await state.scanning;
        const parts = late.parts;
        const known = [...late.known];
        late.parts = [];
        late.known = new Set();
        if (!state.active || state.paused || state.idle) return;
        const result = await decideOn(merge(parts), { budget: SiftObserve.BUDGET_MS, known });
        if (!result) return;
        const n = applyHides(result);
        SiftLists.addGeneric(result.lists);
        // The procedural rules look again when something was added (not on every class or style change).
        if (parts.length) SiftLists.schedule();
        rememberUndecided(result.owners);
        // Repair again even when nothing new was hidden: a page may lock scrolling after its modal was hidden.
        SiftHide.repair(state.article);
        SiftObserve.forget();
        if (n) counts();
      } catch (err) {
        log('late content', err);
      } finally {
        late.busy = false;
        if (late.parts.length || late.known.size) late.flush();
      }
    },
  };

  /** Whether Sift runs here, from the core (the worker decodes and repairs the stored settings). */
  async function applySettings(raw) {
    const r = await SiftCore.hello(host, raw);
    if (r.repairs && r.repairs.length) console.info('sift: settings repaired:', r.repairs.join('; '));
    state.paused = r.state.paused;
    SiftUserRules.apply(state.paused ? [] : SiftUserRules.forSite(r.settings, host));
    // Everything switched off is the same as paused: the page is left byte-for-byte as it was.
    state.idle = r.state.idle;
    SiftLists.apply(state.paused || state.idle ? null : r.lists);
    return r.state;
  }

  /** Stylesheets still loading at DOMContentLoaded: layout facts (fixed, covering) are only true once they
   * apply. Head stylesheets block the first paint anyway, so waiting for them costs no flash. */
  function stylesReady(capMs = 1500) {
    const pending = [.../** @type {NodeListOf<HTMLLinkElement>} */ (document.querySelectorAll('link[rel~="stylesheet"]'))].filter((l) => !l.sheet && !l.disabled);
    if (!pending.length) return Promise.resolve();
    const loaded = pending.map((l) => new Promise((resolve) => {
      l.addEventListener('load', resolve, { once: true });
      l.addEventListener('error', resolve, { once: true });
    }));
    return Promise.race([Promise.all(loaded), new Promise((resolve) => setTimeout(resolve, capMs))]);
  }

  /** Resolves once the page is parsed and its deferred scripts have run (DOMContentLoaded). Asked for at
   * document start: by the time the worker answers, `readyState` may already be "interactive" while the
   * deferred scripts that attach shadow roots or insert widgets have not run yet. */
  function whenParsed() {
    const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
    if (document.readyState === 'complete' || (nav && nav.domContentLoadedEventEnd > 0)) return Promise.resolve();
    if (!nav && document.readyState !== 'loading') return Promise.resolve();
    return new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
  }

  async function start() {
    const parsed = whenParsed();
    try {
      const storedP = siftApi.storage.sync.get('settings');
      // Boxes hidden here before are hidden again as the HTML is parsed, without waiting for the worker: the
      // memory only holds what the core still allows here (the worker prunes it when settings change), and
      // the first scan decides afresh.
      if (window === window.top) SiftMemory.load(host).then((known) => SiftMemory.early(known), () => {});
      const stored = await storedP;
      // The reader's own rules are hidden from the stored settings at once, before the worker answers.
      SiftUserRules.apply(SiftUserRules.fromStored(stored.settings, host));
      await applySettings(stored.settings);
      if (state.paused || state.idle) {
        SiftMemory.stop();
        SiftHide.undoAll();
      }
    } catch (err) {
      log('could not start; page left as it was', err);
      return;
    }
    await parsed;
    // Watching starts before the first scan, so nothing added while the engine answers is missed.
    // After a storm overflowed the queue, the page is scanned again; what Sift did stays in place until the
    // new actions replace it (undoing first would show every obstacle while the engine answers).
    SiftObserve.start(late, () => {
      state.gen++;
      fullScan({ replace: state.active });
    });
    await fullScan({ layout: stylesReady() });
    // Changes are applied one after the other: two quick switches must not interleave their undo and scan.
    let applying = Promise.resolve();
    siftApi.storage.onChanged.addListener((changes, area) => {
      if (area !== 'sync' || !changes.settings) return;
      applying = applying.then(async () => {
        const wasActive = state.active;
        await applySettings(changes.settings.newValue);
        if (state.paused || state.idle) {
          undo();
          counts();
        } else {
          // What Sift did stays until the new decision replaces it in one task: no flash of obstacles.
          state.gen++;
          await fullScan({ replace: wasActive });
        }
      }).catch((err) => log('settings change', err));
    });
  }

  /** The popup's "hide something": the reader picks an element, the core checks the rule, storage keeps it. */
  function startPicker() {
    if (state.paused) return { ok: false, error: 'paused' };
    return SiftPicker.start((selector) => SiftUserRules.add(host, selector));
  }

  siftApi.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    if (!msg || typeof msg.type !== 'string') return undefined;
    // Every frame hears these (the frame element may be in any of them); only the top frame answers the popup.
    if (msg.type === SiftMsg.FRAME_HIDE) {
      hideFrameElement(msg);
      return undefined;
    }
    if (msg.type === SiftMsg.FRAME_REVEAL) {
      if (state.frameToken && msg.token === state.frameToken) revealWholeFrame();
      return undefined;
    }
    if (window !== window.top) return undefined;
    if (msg.type === SiftMsg.REPORT) {
      sendResponse({
        host,
        paused: state.paused,
        url: location.href,
        hidden: SiftHide.report(),
        listHidden: SiftLists.report(SiftHide.entries()),
        lists: SiftLists.lists(),
        highlights: SiftHighlight.report(),
        errors: state.errors.slice(-5),
        userRules: SiftUserRules.report(),
      });
    } else if (msg.type === SiftMsg.REVEAL) {
      // One item of the popup may be the core's hide and list hides of the same thing: Show reveals them all.
      const id = msg.id !== null && msg.id !== undefined ? Number(msg.id) : null;
      const entry = id === null ? null : SiftHide.entries().map(([, e]) => e).find((e) => e.id === id);
      const core = id !== null && SiftHide.reveal(id);
      // a frame element hidden for its frame's sake: its frame shows its content again
      if (core && entry && entry.frameToken) siftApi.runtime.sendMessage({ type: SiftMsg.FRAME_REVEAL, token: entry.frameToken }).catch(() => {});
      const listed = SiftLists.reveal(Array.isArray(msg.lists) ? msg.lists.map(Number) : []) > 0;
      const ok = core || listed;
      SiftObserve.forget();
      counts();
      sendResponse({ ok });
    } else if (msg.type === SiftMsg.PICK) {
      sendResponse(startPicker());
    }
    return undefined;
  });

  start();
})();
