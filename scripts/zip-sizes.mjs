// Sizes inside a zip archive, read from its central directory: the archive's size and the compressed bytes
// of the entries under a folder (what the filter lists add to a store zip).

import { readFileSync } from 'node:fs';

/** `{bytes, entries: [{name, compressed, size}]}` of the zip at `file`. */
export function zipEntries(file) {
  const buf = readFileSync(file);
  // The end-of-central-directory record is in the last 64 KB + 22 bytes (its comment is at most 64 KB).
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error(`${file}: not a zip archive`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let k = 0; k < count; k++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: broken central directory`);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    entries.push({ name: buf.toString('utf8', at + 46, at + 46 + nameLen), compressed, size });
    at += 46 + nameLen + extra + comment;
  }
  return { bytes: buf.length, entries };
}

/** The archive's size and the compressed and raw bytes of its entries under `folder/`. */
export function zipShare(file, folder) {
  const { bytes, entries } = zipEntries(file);
  const inside = entries.filter((e) => e.name.startsWith(`${folder}/`));
  return { bytes, folderCompressed: inside.reduce((a, e) => a + e.compressed, 0), folderRaw: inside.reduce((a, e) => a + e.size, 0) };
}
