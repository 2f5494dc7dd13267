// The background worker: the one place the wasm engine runs, built once per browser session and shared by
// every tab and frame (a content script never compiles wasm or builds patterns). It answers the content
// scripts' engine messages and shows each tab's count on the toolbar badge. It makes no network request and
// keeps no page data beyond the current message. The build's packed filter lists (lists/rules.txt, a file
// of the extension, absent from a build without lists) are read once, as the engine starts, into the core.

/* global wasm_bindgen, siftApi, SiftMsg, importScripts */

if (typeof importScripts === 'function') {
  // Chrome runs this file as a service worker; Firefox lists these scripts in the manifest instead.
  importScripts('../pkg/sift.js', '../shared/api.js', '../shared/messages.js');
}

let enginePromise = null;
let currentSettings; // JSON of the settings the engine holds now

/** The parts of the engine built on first use (classifier wordings, article finder, claims scorer) are
 * built right away on a made-up page, here in the worker, so no page's first verdict waits for them. */
function warmUp(e) {
  const facts = {
    tag: 'div', id: '', class: '', role: '', ariaModal: false, text: 'Your support keeps us reporting. Donate now',
    textLen: 43, buttons: ['Donate now'], frames: [], inputs: [], links: 0, linkTextLen: 0, headings: 0, embeds: 0, position: 'static', zIndex: 0,
    viewportCover: 0, inArticle: false, containsArticle: false, pageTextShare: 0.01, afterArticle: false, userOpened: false,
    holdsHidden: false, embedded: false, pageArticle: true,
  };
  const node = { parent: null, tag: 'div', denseLen: 36, restText: 0, hidden: false, revealed: false, containsArticle: false, inArticle: false, facts };
  const block = { text: 'Officials, speaking on condition of anonymity, said the talks failed.', links: [], quote: false };
  e.survey(JSON.stringify({ texts: [facts.text], names: ['div support-us'], controls: ['email'], frames: ['Comments'], article: { blocks: [], containers: [], embedded: false } }));
  e.decide(JSON.stringify({ nodes: [node], chains: [[0]], blocks: [block] }));
}

/** The compiled lists' text, or null in a build without lists. */
function listsText() {
  return fetch(siftApi.runtime.getURL('lists/rules.txt')).then((r) => (r.ok ? r.text() : null), () => null);
}

function engine() {
  if (!enginePromise) {
    // The marks time the engine's start in the worker (make bench reads them).
    performance.mark('sift-engine-start');
    const lists = listsText(); // read while the wasm compiles
    enginePromise = wasm_bindgen({ module_or_path: siftApi.runtime.getURL('pkg/sift_bg.wasm') })
      .then(async () => {
        const e = new wasm_bindgen.SiftEngine();
        performance.mark('sift-engine-ready');
        const text = await lists;
        if (text !== null) {
          performance.mark('sift-lists-start');
          try {
            e.loadLists(text);
          } catch (err) {
            console.warn('sift: the filter lists of this build could not be loaded:', err);
          }
          performance.mark('sift-lists-ready');
        }
        setTimeout(() => warmUp(e), 0); // after the message that woke the worker is answered
        return e;
      });
    enginePromise.catch(() => { enginePromise = null; }); // a failed start is tried again on the next message
  }
  return enginePromise;
}
engine(); // the worker starts when a page starts: build the engine while that page is still parsing

function useSettings(e, settings) {
  const json = JSON.stringify(settings);
  if (json !== currentSettings) {
    const decoded = e.setSettings(settings);
    currentSettings = JSON.stringify(decoded.settings);
    return decoded;
  }
  return null;
}

const OPS = {
  hello(e, arg) {
    if (!arg || typeof arg.host !== 'string') throw new Error('hello needs {host, settings}');
    const decoded = e.setSettings(arg.settings);
    currentSettings = JSON.stringify(decoded.settings);
    return { settings: decoded.settings, repairs: decoded.repairs, state: e.pageState(arg.host), lists: e.pageLists(arg.host) };
  },
  // Snapshots go to the core as JSON text, where every field is checked by name.
  survey: (e, arg, host) => e.survey(JSON.stringify(arg), typeof host === 'string' ? host : undefined),
  decide: (e, arg) => e.decide(JSON.stringify(arg)),
};

async function runEngine(msg) {
  const op = Object.prototype.hasOwnProperty.call(OPS, msg.op) ? OPS[msg.op] : null;
  if (!op) throw new Error(`unknown op ${String(msg.op)}`);
  const e = await engine();
  if (msg.op !== 'hello') {
    if (!msg.settings) throw new Error(`${msg.op} before hello`);
    useSettings(e, msg.settings);
  }
  return op(e, msg.arg, msg.host);
}

/** The per-site memory of hidden boxes (content/memory.js) keeps only what the core still allows on each site
 * under the new settings: nothing on a paused site, nothing of a category switched off. */
async function pruneMemory(settings) {
  await engine(); // the wasm module is loaded
  const all = await siftApi.storage.local.get(null);
  const writes = {};
  const removes = [];
  for (const [key, list] of Object.entries(all)) {
    if (!key.startsWith('known:') || !Array.isArray(list)) continue;
    const { early } = wasm_bindgen.pageStateOf(settings, key.slice('known:'.length));
    const kept = list.filter((k) => k && early.includes(k.category));
    if (kept.length === list.length) continue;
    if (kept.length) writes[key] = kept;
    else removes.push(key);
  }
  if (Object.keys(writes).length) await siftApi.storage.local.set(writes);
  if (removes.length) await siftApi.storage.local.remove(removes);
}

siftApi.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && changes.settings) pruneMemory(changes.settings.newValue).catch((err) => console.warn('sift: pruning the memory:', err));
});

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
  // A frame's whole content was hidden (or revealed again): every frame of the tab hears it, and the one
  // holding that frame element acts on it.
  if ((msg.type === SiftMsg.FRAME_HIDE || msg.type === SiftMsg.FRAME_REVEAL) && sender.tab) {
    siftApi.tabs.sendMessage(sender.tab.id, msg).catch(() => {});
    return undefined;
  }
  if (msg.type === SiftMsg.COUNTS && sender.tab && sender.frameId === 0) {
    const n = (msg.hidden | 0) + (msg.highlights | 0);
    siftApi.action.setBadgeText({ tabId: sender.tab.id, text: n ? String(n) : '' }).catch(() => {});
    siftApi.action.setBadgeBackgroundColor({ tabId: sender.tab.id, color: '#2d6a4f' }).catch(() => {});
  }
  return undefined;
});
