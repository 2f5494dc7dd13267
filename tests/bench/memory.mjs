// Memory after a large page: Sift's wasm linear memory, read in the content script's isolated world through
// CDP (the no-modules glue's `wasm_bindgen()` returns the instance's exports once initialised, `memory`
// among them), and the JS heap with − without the extension, after a forced GC in both.
import { metrics, sleep, withDeadline } from './browser.mjs';
import { readyProbe } from './probe.mjs';

async function openWithCdp(browser, url, withExt) {
  const page = await browser.context.newPage();
  await page.addInitScript(readyProbe);
  const cdp = await browser.context.newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
  if (withExt) {
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-sift-ready'), null, { timeout: 10_000, polling: 20 }).catch(() => {});
  }
  await sleep(500);
  return { page, cdp, contexts };
}

export async function memoryAfter({ bare, sift, url, log }) {
  return withDeadline(60_000, 'memory', async () => {
    const out = { url };
    const heap = {};
    for (const [name, b] of [['bare', bare], ['sift', sift]]) {
      const { page, cdp, contexts } = await openWithCdp(b, url, name === 'sift');
      await cdp.send('HeapProfiler.collectGarbage');
      heap[name] = (await metrics(cdp)).JSHeapUsedSize;
      if (name === 'sift') {
        const { frameTree } = await cdp.send('Page.getFrameTree');
        const world = contexts.find((c) => c.auxData && c.auxData.type === 'isolated' && c.name === 'Sift' && c.auxData.frameId === frameTree.frame.id);
        if (!world) {
          out.wasmNote = `no isolated world named Sift among ${contexts.map((c) => `${c.name}/${c.auxData && c.auxData.type}`).join(', ')}`;
        } else {
          const r = await cdp.send('Runtime.evaluate', {
            contextId: world.id, awaitPromise: true, returnByValue: true,
            expression: `(async () => { const w = await wasm_bindgen(); return { bytes: w.memory.buffer.byteLength }; })()`,
          });
          if (r.exceptionDetails) out.wasmNote = `evaluate failed: ${r.exceptionDetails.exception && r.exceptionDetails.exception.description}`;
          else out.wasmMemoryBytes = r.result.value.bytes;
        }
      }
      await page.close().catch(() => {});
    }
    if (out.wasmMemoryBytes == null && sift.extensionId) {
      // once the engine lives in the extension's service worker, its linear memory is there
      const sw = sift.context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${sift.extensionId}/`)).pop();
      const bytes = sw ? await sw.evaluate(async () => {
        if (typeof wasm_bindgen !== 'function') return null;
        const w = await wasm_bindgen(); // eslint-disable-line no-undef
        return w && w.memory ? w.memory.buffer.byteLength : null;
      }).catch(() => null) : null;
      if (bytes != null) { out.wasmMemoryBytes = bytes; out.wasmWhere = 'service worker'; }
    }
    out.heapBare = heap.bare;
    out.heapSift = heap.sift;
    out.heapDeltaBytes = heap.sift - heap.bare;
    log(`  memory: wasm ${out.wasmMemoryBytes ?? '?'} bytes, heap delta ${out.heapDeltaBytes} bytes`);
    return out;
  });
}
