// Live pages: one MutationObserver per document, also watching the open shadow roots the scans found. Added subtrees (and elements whose class, style or hidden
// state changed) are queued and handled in slices with a time budget: in the observer's own microtask when
// the engine is local (so a late banner is hidden before it is painted), the rest on the next animation
// frame. Sift's own changes are taken back out of the queue, so hiding never feeds the observer.

// eslint-disable-next-line no-unused-vars
const SiftObserve = (() => {
  const BUDGET_MS = 4;
  const MAX_QUEUE = 5000; // past this the page is in a storm: drop the queue and rescan once when idle
  let observer = null;
  let queue = [];
  let queued = new Set();
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

  function start(handle, rescan) {
    const drain = () => {
      scheduled = false;
      if (overflowed) {
        overflowed = false;
        queue = [];
        queued = new Set();
        whenIdle(() => rescan());
        return;
      }
      const t0 = performance.now();
      while (queue.length && performance.now() - t0 < BUDGET_MS) {
        const batch = queue.splice(0, 256);
        for (const el of batch) queued.delete(el);
        handle(batch.filter((el) => el.isConnected));
      }
      if (queue.length) schedule();
    };
    const schedule = () => {
      if (!scheduled) {
        scheduled = true;
        requestAnimationFrame(drain);
      }
    };
    observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'childList') {
          for (const n of r.addedNodes) {
            const el = n.nodeType === Node.ELEMENT_NODE ? n : n.parentElement;
            if (el && !el.closest('mark.sift-mark') && !queued.has(el)) {
              queued.add(el);
              queue.push(el);
            }
          }
        } else if (r.target.nodeType === Node.ELEMENT_NODE && !queued.has(r.target)) {
          queued.add(r.target);
          queue.push(r.target);
        }
      }
      if (queue.length > MAX_QUEUE) overflowed = true;
      if (!overflowed && handle.sync) drain();
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

  /** Drop the records of changes Sift itself just made. */
  function forget() {
    if (observer) observer.takeRecords();
  }

  function stop() {
    if (observer) observer.disconnect();
    observer = null;
    queue = [];
    queued = new Set();
  }

  return { start, stop, forget, watch, whenIdle };
})();
