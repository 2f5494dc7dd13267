// No flash on pages seen before: after a scan, the elements Sift hid are remembered for the site as unique
// CSS selectors (in storage.local, on this device only). On the next visit they are hidden provisionally as
// the HTML is parsed, before the first paint and before the engine has answered; the first full scan then
// takes every provisional hide back and decides afresh, so a stale memory never hides anything for long. When
// the settings change, the background worker drops what the core no longer allows (a paused site, a category
// switched off), so the page needs no settings logic of its own here.

/* global siftApi, SiftHide */

const SiftMemory = (() => {
  const MAX = 24;
  const key = (host) => `known:${host}`;
  let observer = null;
  let stopped = false; // the first scan has decided: a memory that arrives later must not hide anything

  async function load(host) {
    const got = await siftApi.storage.local.get(key(host));
    const list = got[key(host)];
    return Array.isArray(list) ? list.filter((k) => k && typeof k.s === 'string' && typeof k.category === 'string') : [];
  }

  function save(host) {
    const list = [];
    for (const [el, entry] of SiftHide.entries()) {
      const s = el.isConnected ? SiftHide.selectorFor(el) : null;
      if (s && list.length < MAX) list.push({ s, category: entry.category });
    }
    const write = list.length ? siftApi.storage.local.set({ [key(host)]: list }) : siftApi.storage.local.remove(key(host));
    return write.catch(() => {});
  }

  /** Hide remembered elements as they are parsed, until `stop()`. */
  function early(known) {
    if (stopped) return;
    const valid = known.filter((k) => {
      try {
        document.createDocumentFragment().querySelector(k.s); // a selector that no longer parses is skipped
        return true;
      } catch {
        return false;
      }
    });
    if (!valid.length) return;
    const union = valid.map((k) => k.s).join(',');
    const apply = (el) => {
      const k = valid.find((x) => el.matches(x.s));
      if (k) SiftHide.hide(el, { category: k.category, reason: 'hidden on this site before; checking again', confidence: 1, rules: [], provisional: true });
    };
    document.querySelectorAll(union).forEach(apply);
    observer = new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (node.nodeType !== Node.ELEMENT_NODE) continue;
          const n = /** @type {Element} */ (node);
          if (n.matches(union)) apply(n);
          if (n.firstElementChild) n.querySelectorAll(union).forEach(apply);
        }
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  }

  function stop() {
    stopped = true;
    if (observer) observer.disconnect();
    observer = null;
  }

  return { load, save, early, stop };
})();
