#!/usr/bin/env node
/**
 * Draws the add-in emblem (a green rounded square with a white check mark)
 * and writes it as PNG files assets/icon-<size>.png.
 *
 *   node scripts/make-icons.js
 *
 * No image library: pixels are computed with 4×4 supersampling and encoded
 * as an RGBA PNG with zlib. The output is deterministic, so re-running the
 * script on an unchanged file leaves the committed PNGs byte-identical.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];
const OUT_DIR = path.join(__dirname, '..', 'assets');

const GREEN = [0x10, 0x7c, 0x41]; // Excel-like green
const WHITE = [0xff, 0xff, 0xff];

// Emblem geometry in unit coordinates (0..1, y downwards).
const SQUARE_INSET = 0.04;
const CORNER_RADIUS = 0.2;
const CHECK_POINTS = [
  [0.25, 0.52],
  [0.43, 0.7],
  [0.76, 0.32],
];
const CHECK_HALF_WIDTH = 0.07;
const SUBSAMPLES = 4;

function insideRoundedSquare(x, y) {
  const lo = SQUARE_INSET;
  const hi = 1 - SQUARE_INSET;
  if (x < lo || x > hi || y < lo || y > hi) return false;
  const cx = Math.min(Math.max(x, lo + CORNER_RADIUS), hi - CORNER_RADIUS);
  const cy = Math.min(Math.max(y, lo + CORNER_RADIUS), hi - CORNER_RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER_RADIUS ** 2;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function onCheckMark(x, y) {
  for (let i = 0; i + 1 < CHECK_POINTS.length; i++) {
    if (distanceToSegment(x, y, CHECK_POINTS[i], CHECK_POINTS[i + 1]) <= CHECK_HALF_WIDTH) return true;
  }
  return false;
}

/** Returns the RGBA pixels of the emblem at the given size, row by row. */
function renderEmblem(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUBSAMPLES * SUBSAMPLES;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      let covered = 0;
      let white = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (col + (sx + 0.5) / SUBSAMPLES) / size;
          const y = (row + (sy + 0.5) / SUBSAMPLES) / size;
          if (!insideRoundedSquare(x, y)) continue;
          covered++;
          if (onCheckMark(x, y)) white++;
        }
      }
      const offset = (row * size + col) * 4;
      if (covered === 0) continue; // transparent
      const whiteShare = white / covered;
      for (let c = 0; c < 3; c++) {
        pixels[offset + c] = Math.round(GREEN[c] * (1 - whiteShare) + WHITE[c] * whiteShare);
      }
      pixels[offset + 3] = Math.round((255 * covered) / samples);
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels as a PNG file (colour type 6, 8 bits, no filtering). */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: truecolour with alpha
  header[10] = 0; // compression
  header[11] = 0; // filter method
  header[12] = 0; // no interlace

  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let row = 0; row < size; row++) {
    raw[row * (stride + 1)] = 0; // filter type: none
    rgba.copy(raw, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
  }

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(OUT_DIR, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, renderEmblem(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();

module.exports = { SIZES, renderEmblem, encodePng };
