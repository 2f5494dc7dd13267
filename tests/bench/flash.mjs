// No flash (MEASURE.md §3): a banner in the initial HTML (the notification prompt of www/demo/article.html)
// must never be painted. Two independent looks, both from the first frame on:
//   - every composited frame, from CDP Page.startScreencast started before navigation: is the banner's box
//     painted? (pixels compared with the same box in a reference screenshot without the extension, where
//     the banner shows, and in the final screenshot with it, where it is hidden);
//   - every animation frame (requestAnimationFrame, which runs right before each paint): is the banner in
//     the page and not hidden by Sift?
import { decodePng } from './png.mjs';
import { sleep, withDeadline } from './browser.mjs';
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

export async function noFlash({ bare, sift, wwwUrl, log }) {
  const url = `${wwwUrl}/demo/article.html`;
  return withDeadline(60_000, 'no flash', async () => {
    // 1. the banner as painted without the extension
    const ref = await bare.context.newPage();
    await ref.goto(url, { waitUntil: 'load' });
    await sleep(300);
    const rect = await ref.evaluate((sel) => { const r = document.querySelector(sel).getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; }, BANNER);
    const refImg = decodePng(await ref.screenshot());
    await ref.close();

    // 2. with the extension: screencast from before navigation, and a per-frame look from the page
    const page = await sift.context.newPage();
    try {
      await page.addInitScript(frameProbe, { watch: BANNER, stopAfterMs: 3000 });
      const cdp = await sift.context.newCDPSession(page);
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

      const box = { x0: Math.max(0, Math.floor(rect.x)), y0: Math.max(0, Math.floor(rect.y)), x1: Math.min(refImg.width, Math.ceil(rect.x + rect.w)), y1: Math.min(refImg.height, Math.ceil(rect.y + rect.h)) };
      const shots = frames.map((f) => {
        const img = decodePng(Buffer.from(f.data, 'base64'));
        const s = regionStats(img, refImg, hidImg, box);
        return { ts: f.ts, share: s.share, pixels: s.pixels };
      });
      const painted = shots.filter((s) => s.share >= 0.8);
      // animation frames in which the banner was in the page and not hidden: it is painted in those frames
      const shownFrames = probe.frames.filter((f) => f.shown);
      const firstHidden = probe.frames.find((f) => f.present && !f.shown);
      const out = {
        url, bannerBox: rect,
        screencast: { frames: shots.length, paintedFrames: painted.length, shots },
        rafFramesShown: shownFrames.length,
        firstShownAt: shownFrames[0] ? shownFrames[0].t : null,
        hiddenAt: firstHidden ? firstHidden.t : null,
        firstPaint: ms.firstPaint, ready: probe.ready, dclStart: ms.dclStart,
      };
      out.flash = out.screencast.paintedFrames > 0 || out.rafFramesShown > 0;
      // visible from first paint (or first frame showing it) until the first frame in which it is hidden
      // the banner is in the initial HTML: it is on screen from first paint until Sift hides it (page clock;
      // the screencast's own timestamps are on another clock, so they only count frames)
      if (out.hiddenAt != null && out.firstPaint != null && out.hiddenAt > out.firstPaint) out.flash = true;
      out.visibleMs = !out.flash ? 0 : out.hiddenAt != null && out.firstPaint != null ? Math.max(0, out.hiddenAt - out.firstPaint) : null;
      log(`  flash: ${out.flash ? 'yes' : 'no'}; ${painted.length}/${shots.length} screencast frames show the banner, ${shownFrames.length} animation frames`);
      return out;
    } finally {
      await page.close().catch(() => {});
    }
  });
}
