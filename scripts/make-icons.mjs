#!/usr/bin/env node
// Draws Jaga's toolbar icon (a white shield with a tick on a teal rounded square) as PNGs.
// Run once after changing the design: `node scripts/make-icons.mjs`; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
const inRoundedSquare = (x, y, r = 0.2) => {
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
};
const inShield = (x, y) => {
  const cx = x - 0.5;
  if (y < 0.2 || y > 0.86) return false;
  if (y < 0.55) return Math.abs(cx) < 0.3;
  return Math.abs(cx) < 0.3 * (1 - (y - 0.55) / 0.31);
};
const distToSegment = (px, py, ax, ay, bx, by) => {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};
const inTick = (x, y) => Math.min(distToSegment(x, y, 0.37, 0.5, 0.47, 0.61), distToSegment(x, y, 0.47, 0.61, 0.65, 0.4)) < 0.05;

for (const size of [16, 32, 48, 128]) {
  const file = `public/icons/icon-${size}.png`;
  writeFileSync(file, png(size, (x, y) => {
    if (!inRoundedSquare(x, y)) return [0, 0, 0, 0];
    if (inShield(x, y)) return inTick(x, y) ? [0, 105, 92, 255] : [255, 255, 255, 255];
    return [0, 105, 92, 255];
  }));
  console.log(file);
}
