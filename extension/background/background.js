// The background worker: runs the wasm engine for content scripts that cannot compile wasm in their page
// (strict Content-Security-Policy), and shows each tab's count on the toolbar badge. It makes no network
// request and keeps no page data beyond the current message.

/* global wasm_bindgen, siftApi, SiftMsg, importScripts */

if (typeof importScripts === 'function') {
  // Chrome runs this file as a service worker; Firefox lists these scripts in the manifest instead.
  importScripts('../pkg/sift.js', '../shared/api.js', '../shared/messages.js');
}

let enginePromise = null;
let currentSettings;

function engine() {
  if (!enginePromise) {
    enginePromise = wasm_bindgen({ module_or_path: siftApi.runtime.getURL('pkg/sift_bg.wasm') })
      .then(() => new wasm_bindgen.SiftEngine());
  }
  return enginePromise;
}

const OPS = new Set(['setSettings', 'textHits', 'nameHits', 'classify', 'findArticle', 'highlights']);

async function runEngine(msg) {
  if (!OPS.has(msg.op)) throw new Error(`unknown op ${String(msg.op)}`);
  const e = await engine();
  if (msg.op !== 'setSettings' && JSON.stringify(msg.settings) !== currentSettings) {
    e.setSettings(msg.settings);
    currentSettings = JSON.stringify(msg.settings);
  }
  let result = e[msg.op](msg.arg);
  // Typed arrays (index lists) do not survive extension messaging as arrays in every browser.
  if (ArrayBuffer.isView(result)) result = Array.from(result);
  if (msg.op === 'setSettings') currentSettings = JSON.stringify(result.settings);
  return result;
}

siftApi.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  // Only Sift's own content scripts and pages talk to this worker.
  if (!msg || sender.id !== siftApi.runtime.id) return undefined;
  if (msg.type === SiftMsg.ENGINE) {
    runEngine(msg).then(
      (result) => sendResponse({ result }),
      (err) => sendResponse({ error: String(err && err.message ? err.message : err) }),
    );
    return true; // answer asynchronously
  }
  if (msg.type === SiftMsg.COUNTS && sender.tab && sender.frameId === 0) {
    const n = (msg.hidden | 0) + (msg.highlights | 0);
    siftApi.action.setBadgeText({ tabId: sender.tab.id, text: n ? String(n) : '' }).catch(() => {});
    siftApi.action.setBadgeBackgroundColor({ tabId: sender.tab.id, color: '#2d6a4f' }).catch(() => {});
  }
  return undefined;
});
