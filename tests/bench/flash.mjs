// No flash (MEASURE.md §3): a banner in the initial HTML (the notification prompt of www/demo/article.html)
// must never be painted: on a revisit never, on a first visit in at least 19 of 20 runs. Each run is a fresh
// browser profile with the built extension (nothing remembered, worker and caches cold), where the page is
// visited once (first visit) and then again (revisit, with whatever the first visit left behind). Each visit
// is checked with two independent looks, both from the first frame on:
//   - every composited frame, from CDP Page.startScreencast started before navigation: is the banner's box
//     painted? (pixels compared with the same box in a reference screenshot without the extension, where
//     the banner shows, and in the final screenshot with it, where it is hidden);
//   - every animation frame (requestAnimationFrame, which runs right before each paint): is the banner in
//     the page and rendered (not hidden by Sift, however it hides)?
import { decodePng } from './png.mjs';
import { launch, sleep, withDeadline } from './browser.mjs';
import { frameProbe, milestones } from './probe.mjs';

const BANNER = '.sc-1x9kq3.jzPqL';
const TOL = 40; // summed |ΔRGB| below which two pixels count as the same

function regionStats(img, ref, hid, box) {
  // compare only the pixels where the banner and what is under it differ
  let n = 0; let likeBanner = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const o = (y * ref.width + x) * 4;
      const d = (a, i) => Math.abs(a.data[i] - ref.data[i]) + Math.abs(a.data[i + 1] - ref.data[i + 1]) + Math.abs(a.data[i + 2] - ref.data[i + 2]);
      if (d(hid, o) < TOL) continue;
      if (x >= img.width || y >= img.height) continue;
      n++;
      const oi = (y * img.width + x) * 4;
      const di = Math.abs(img.data[oi] - ref.data[o]) + Math.abs(img.data[oi + 1] - ref.data[o + 1]) + Math.abs(img.data[oi + 2] - ref.data[o + 2]);
      if (di < TOL) likeBanner++;
    }
  }
  return { pixels: n, share: n ? likeBanner / n : 0 };
}

const RUNS = 20;

/** The banner as painted without the extension: its box, and a screenshot of the page. */
async function reference(bare, url) {
  const ref = await bare.context.newPage();
  try {
    await ref.goto(url, { waitUntil: 'load' });
    await sleep(300);
    const rect = await ref.evaluate((sel) => { const r = document.querySelector(sel).getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; }, BANNER);
    return { rect, img: decodePng(await ref.screenshot()) };
  } finally {
    await ref.close();
  }
}

/** One visit of `url` in `browser` (with the extension): was the banner painted? */
async function visit(browser, url, ref) {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(frameProbe, { watch: BANNER, stopAfterMs: 3000 });
    const cdp = await browser.context.newCDPSession(page);
    const frames = [];
    cdp.on('Page.screencastFrame', ({ data, metadata, sessionId }) => {
      frames.push({ data, ts: metadata.timestamp });
      cdp.send('Page.screencastFrameAck', { sessionId }).catch(() => {});
    });
    await cdp.send('Page.enable');
    await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-sift-ready'), null, { timeout: 10_000, polling: 20 }).catch(() => {});
    await sleep(600);
    await cdp.send('Page.stopScreencast');
    const hidImg = decodePng(await page.screenshot());
    const ms = await page.evaluate(milestones);
    const probe = ms.bench;
    const { rect } = ref;
    const box = { x0: Math.max(0, Math.floor(rect.x)), y0: Math.max(0, Math.floor(rect.y)), x1: Math.min(ref.img.width, Math.ceil(rect.x + rect.w)), y1: Math.min(ref.img.height, Math.ceil(rect.y + rect.h)) };
    const shots = frames.map((f) => {
      const s = regionStats(decodePng(Buffer.from(f.data, 'base64')), ref.img, hidImg, box);
      return { ts: f.ts, share: s.share, pixels: s.pixels };
    });
    const painted = shots.filter((s) => s.share >= 0.8);
    // animation frames in which the banner was in the page and rendered: it is painted in those frames
    const shownFrames = probe.frames.filter((f) => f.shown);
    const firstHidden = probe.frames.find((f) => f.present && !f.shown);
    const out = {
      screencast: { frames: shots.length, paintedFrames: painted.length },
      rafFramesShown: shownFrames.length,
      firstShownAt: shownFrames[0] ? shownFrames[0].t : null,
      hiddenAt: firstHidden ? firstHidden.t : null,
      firstPaint: ms.firstPaint, ready: probe.ready, dclStart: ms.dclStart,
    };
    out.flash = out.screencast.paintedFrames > 0 || out.rafFramesShown > 0;
    // the banner is in the initial HTML: it is on screen from first paint until Sift hides it (page clock;
    // the screencast's own timestamps are on another clock, so they only count frames)
    if (out.hiddenAt != null && out.firstPaint != null && out.hiddenAt > out.firstPaint) out.flash = true;
    if (out.hiddenAt == null) out.flash = true; // never seen hidden
    // from the first frame that showed it (or first paint) until the first frame that did not
    const from = out.firstShownAt ?? out.firstPaint;
    out.visibleMs = !out.flash ? 0 : out.hiddenAt != null && from != null ? Math.max(0, out.hiddenAt - from) : null;
    return out;
  } finally {
    await page.close().catch(() => {});
  }
}

const tally = (visits) => ({
  n: visits.length,
  painted: visits.filter((v) => v.flash).length,
  errors: visits.filter((v) => v.error).length,
  visibleMs: visits.filter((v) => v.flash && v.visibleMs != null).map((v) => v.visibleMs),
  readyMs: visits.map((v) => v.ready).filter((x) => x != null),
});

/** `runs` fresh profiles with the extension at `extDir`, each visiting the demo twice. */
export async function noFlash({ bare, extDir, wwwUrl, runs = RUNS, log }) {
  const url = `${wwwUrl}/demo/article.html`;
  const ref = await withDeadline(30_000, 'flash reference', () => reference(bare, url));
  const first = []; const revisit = [];
  for (let r = 0; r < runs; r++) {
    let browser = null;
    try {
      await withDeadline(60_000, `flash run ${r + 1}`, async () => {
        browser = await launch(extDir);
        first.push(await visit(browser, url, ref).catch((e) => ({ flash: true, error: String(e.message || e).split('\n')[0] })));
        await sleep(300); // what the first visit stores (remembered selectors) is written after its scan
        revisit.push(await visit(browser, url, ref).catch((e) => ({ flash: true, error: String(e.message || e).split('\n')[0] })));
      });
    } catch (e) {
      if (first.length === r) first.push({ flash: true, error: String(e.message || e) });
      if (revisit.length === r) revisit.push({ flash: true, error: String(e.message || e) });
    } finally {
      if (browser) await browser.close();
    }
  }
  const out = { url, bannerBox: ref.rect, first: tally(first), revisit: tally(revisit), visits: { first, revisit } };
  log(`  flash: first visit painted in ${out.first.painted}/${out.first.n}, revisit in ${out.revisit.painted}/${out.revisit.n}`);
  return out;
}
