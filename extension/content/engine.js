// The engine as the content script sees it: the wasm core compiled in this page when the browser allows it,
// otherwise the same core running in the background worker, reached by messages (pages whose
// Content-Security-Policy forbids compiling wasm in content scripts). Either way the same method names.

/* global wasm_bindgen, siftApi, SiftMsg */

// eslint-disable-next-line no-unused-vars
const SiftEngineLoader = (() => {
  const ENGINE_OPS = ['textHits', 'nameHits', 'classify', 'findArticle', 'highlights'];

  async function local() {
    await wasm_bindgen({ module_or_path: siftApi.runtime.getURL('pkg/sift_bg.wasm') });
    const engine = new wasm_bindgen.SiftEngine();
    return {
      mode: 'wasm',
      setSettings: (raw) => engine.setSettings(raw),
      call: (op, arg) => engine[op](arg),
    };
  }

  async function remote() {
    let settings = null;
    const send = async (op, arg) => {
      const reply = await siftApi.runtime.sendMessage({ type: SiftMsg.ENGINE, op, arg, settings });
      if (!reply || reply.error) throw new Error(`sift: background engine ${op}: ${reply ? reply.error : 'no reply'}`);
      return reply.result;
    };
    // Decoding settings needs no page access, so the repaired form comes from the background too.
    return {
      mode: 'background',
      setSettings: async (raw) => {
        const decoded = await send('setSettings', raw);
        settings = decoded.settings;
        return decoded;
      },
      call: (op, arg) => {
        if (!ENGINE_OPS.includes(op)) throw new Error(`sift: unknown engine op ${op}`);
        return send(op, arg);
      },
    };
  }

  return {
    async load() {
      try {
        return await local();
      } catch (err) {
        console.info(`sift: wasm cannot run in this page (${String((err && err.message) || err)}); using the background engine`);
        return remote();
      }
    },
  };
})();
