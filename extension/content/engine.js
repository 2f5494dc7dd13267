// The engine as the content script sees it: the wasm core runs once per browser session in the background
// worker, and the page reaches it by messages. Nothing is compiled or built in the page; the page only reads
// DOM facts, sends them, and applies the actions that come back.

/* global siftApi, SiftMsg */

const SiftCore = (() => {
  let settings = null; // the decoded settings this page runs with (the worker serves many tabs)
  let host = null; // this page's host (the filter lists' generic rules depend on it)

  async function send(op, arg) {
    const reply = await siftApi.runtime.sendMessage({ type: SiftMsg.ENGINE, op, arg, settings, host });
    if (!reply || reply.error) throw new Error(`background engine ${op}: ${reply ? reply.error : 'no reply'}`);
    return reply.result;
  }

  return {
    /** Wakes the worker and asks whether Sift runs here and what the filter lists apply from the start:
     * `{settings, repairs, state: {paused, idle, early}, lists}`.
     * @param {string} pageHost @param {unknown} raw the stored settings, as they are @returns {Promise<Hello>} */
    async hello(pageHost, raw) {
      performance.mark('sift-ask'); // the page's first question to the worker (make bench reads it)
      const r = /** @type {Hello} */ (await send('hello', { host: pageHost, settings: raw === undefined ? null : raw }));
      settings = r.settings;
      host = pageHost;
      return r;
    },
    /** `{texts, names, controls, frames, article}` -> `{texts: [i], names: [i], controls: [i], frames: [i], article: {container, score} | null, lists: [...]}`.
     * @param {Survey} s @returns {Promise<SurveyResult>} */
    survey: (s) => send('survey', s),
    /** `{nodes, chains, blocks}` -> `{hide: [...], highlights: [...]}`.
     * @param {Snapshot} s @returns {Promise<Actions>} */
    decide: (s) => send('decide', s),
  };
})();
