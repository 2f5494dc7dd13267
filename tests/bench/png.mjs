// PNG decoding for the benches (Chromium's screenshots and screencast frames, compared pixel by pixel), through
// pngjs: every colour type, bit depth and interlacing, with the CRCs checked.
import pngjs from 'pngjs';

const { PNG } = pngjs;

/** `{width, height, data}` with `data` as RGBA, 4 bytes a pixel, row after row. */
export function decodePng(buf) {
  const img = PNG.sync.read(buf);
  return { width: img.width, height: img.height, data: img.data };
}

/** RGB of pixel (x, y), or null outside the image. */
export function pixel(img, x, y) {
  if (x < 0 || y < 0 || x >= img.width || y >= img.height) return null;
  const o = (y * img.width + x) * 4;
  return [img.data[o], img.data[o + 1], img.data[o + 2]];
}
