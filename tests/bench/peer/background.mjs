// Entry of the bench peer's service worker (bundled by build.mjs, never shipped): Ghostery's cosmetic engine
// as its MV3 extension runs it. The engine was parsed and serialized at build time; here it is only
// deserialized, and content-script requests go through WebExtensionBlocker's own message handler, so the
// matching, the per-frame stylesheets and the lifecycle logic are the library's, not ours.
import { WebExtensionBlocker } from '@ghostery/adblocker-webextension';

// For the bench only (read from outside through the worker's devtools target, never sent to pages).
const times = (globalThis.__benchPeer = { scriptStart: performance.now(), engineMs: null, bytes: null, readyAt: null, error: null });

const engine = (async () => {
  const t0 = performance.now();
  const bytes = new Uint8Array(await (await fetch(chrome.runtime.getURL('engine.bin'))).arrayBuffer());
  const blocker = WebExtensionBlocker.deserialize(bytes);
  times.engineMs = performance.now() - t0;
  times.bytes = bytes.length;
  times.readyAt = performance.now();
  return blocker;
})();
engine.catch((e) => { times.error = String(e); });

// The library injects CSS with tabs.insertCSS (MV2); MV3 has scripting.insertCSS, which is what Ghostery's
// own MV3 extension calls with the same arguments (user origin, the sender's frame or all frames).
const browserForBlocker = {
  tabs: {
    insertCSS(tabId, { code, frameId, allFrames }) {
      const target = frameId ? { tabId, frameIds: [frameId] } : { tabId, allFrames: !!allFrames };
      return chrome.scripting.insertCSS({ css: code, origin: 'USER', target });
    },
  },
};

// Registered synchronously at the top level: a message that wakes a stopped worker is only delivered to
// listeners that exist when the script has run.
chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || msg.action !== 'getCosmeticsFilters') return false;
  engine
    .then((blocker) => blocker.onRuntimeMessage(browserForBlocker, msg, sender))
    .then((answer) => sendResponse(answer || {}), () => sendResponse({}));
  return true;
});
