// Live pages: one MutationObserver per document, also watching the open shadow roots the scans found. Added
// subtrees (and elements whose class, style or hidden state changed) are queued and read in slices of at most
// BUDGET_MS: the first in the observer's own microtask (so a late banner is on its way to the engine before it
// is painted), the rest on the next animation frames. A subtree inside another queued one is read once. Each
// slice's survey goes to the engine as one message. Sift's own changes are taken back out of the queue, so
// hiding never feeds the observer.

const SiftObserve = (() => {
  const BUDGET_MS = 4;
  const MAX_QUEUE = 5000; // past this the page is in a storm: drop the queue and rescan once when idle
  let observer = null;
  let queue = [];
  let queued = new Set();
  let touched = new Set(); // elements whose class, style or hidden state changed: cheap to look at again
  let scheduled = false;
  let overflowed = false;
  let watched = new WeakSet();
  const OPTIONS = { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'open'] };

  /** Run `f` when the page is idle. Called as a method: Firefox refuses `requestIdleCallback` detached from
   * `window` ("called on an object that does not implement interface Window"). */
  function whenIdle(f) {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(f, { timeout: 1000 });
    else setTimeout(f, 200);
  }

  /** An ancestor of `el` is still queued (its scan will cover `el`) or already taken in this slice. */
  function covered(el, taken) {
    for (let cur = el.parentNode; cur; cur = cur.parentNode || cur.host) {
      if (queued.has(cur) || taken.has(cur)) return true;
    }
    return false;
  }

  let drainNow = null;
  const schedule = () => {
    if (!scheduled && drainNow) {
      scheduled = true;
      requestAnimationFrame(drainNow);
    }
  };

  function start(handle, rescan) {
    const drain = () => {
      scheduled = false;
      if (overflowed) {
        overflowed = false;
        queue = [];
        queued = new Set();
        touched = new Set();
        whenIdle(() => rescan());
        return;
      }
      const t0 = performance.now();
      const taken = new Set();
      // A changed attribute needs no new survey of the subtree (its texts are the same): the element's own
      // name, and the candidates inside it that were not rendered before.
      if (touched.size) {
        const list = [...touched];
        touched = new Set();
        for (const el of list) if (el.isConnected && !queued.has(el)) handle.touch(el);
      }
      let i = 0;
      for (; i < queue.length && performance.now() - t0 < BUDGET_MS; i++) {
        const el = queue[i];
        queued.delete(el);
        if (!el.isConnected || covered(el, taken)) continue; // an added subtree is read once
        taken.add(el);
        handle.collect(el);
      }
      queue = queue.slice(i);
      handle.flush();
      if (queue.length) schedule();
    };
    drainNow = drain;
    observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'childList') {
          for (const n of r.addedNodes) {
            const el = n.nodeType === Node.ELEMENT_NODE ? /** @type {Element} */ (n) : n.parentElement;
            if (el && !el.closest('mark.sift-mark') && !queued.has(el)) {
              queued.add(el);
              queue.push(el);
            }
          }
        } else if (r.target.nodeType === Node.ELEMENT_NODE) {
          touched.add(/** @type {Element} */ (r.target));
        }
      }
      if (queue.length > MAX_QUEUE || touched.size > MAX_QUEUE) overflowed = true;
      // The first slice runs in the observer's own microtask, so a late banner is read before it is painted.
      if (!overflowed && !scheduled) drain();
      else schedule();
    });
    observer.observe(document, OPTIONS);
    watched = new WeakSet();
  }

  /** Also watch these shadow roots (once each): changes inside them never reach the document's records. */
  function watch(roots) {
    if (!observer) return;
    for (const root of roots) {
      if (watched.has(root)) continue;
      watched.add(root);
      observer.observe(root, OPTIONS);
    }
  }

  /** Queue these elements again (a slice ran out of time before reading them). */
  function requeue(els) {
    for (const el of els) {
      if (el.isConnected && !queued.has(el)) {
        queued.add(el);
        queue.push(el);
      }
    }
    if (queue.length && observer) schedule();
  }

  /** Drop the records of changes Sift itself just made. */
  function forget() {
    if (observer) observer.takeRecords();
  }

  function stop() {
    if (observer) observer.disconnect();
    observer = null;
    drainNow = null;
    queue = [];
    queued = new Set();
    touched = new Set();
  }

  return { start, stop, forget, watch, whenIdle, requeue, BUDGET_MS };
})();
