#!/usr/bin/env node
/*
 * Draws Kring's logo (a ring of people around a person: a small network map) and writes
 * assets/icon-{16,32,64,80,128}.png. No dependencies: shapes are rendered with analytic
 * anti-aliasing and encoded as RGBA PNG with Node's zlib.
 *
 * Usage: node scripts/make-icons.js [outDir]   (default: assets/ next to this script's parent)
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];

// Colours (sRGB): a dark teal for the ring of people, a green for the person in the middle,
// a light teal for the ring and the ties.
const TEAL = [0, 121, 107];
const GREEN = [46, 160, 67];
const LIGHT = [77, 182, 172];

/** Signed distance to a circle's disc (negative inside), in pixels. */
function discDistance(px, py, cx, cy, r) {
  return Math.hypot(px - cx, py - cy) - r;
}

/** Signed distance to a ring (circle outline of half-width hw). */
function ringDistance(px, py, cx, cy, r, hw) {
  return Math.abs(Math.hypot(px - cx, py - cy) - r) - hw;
}

/** Signed distance to a line segment of half-width hw. */
function segmentDistance(px, py, ax, ay, bx, by, hw) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy)) - hw;
}

/** Coverage of a pixel by a shape, from the signed distance at the pixel centre. */
function coverage(d) {
  return Math.max(0, Math.min(1, 0.5 - d));
}

/** Builds the list of shapes for an icon of the given size, in pixel units. */
function shapes(size) {
  const c = size / 2;
  // Small icons get a slightly wider ring and smaller dots so the dots stay apart.
  const small = size <= 16;
  const ringR = size * (small ? 0.355 : 0.33);
  // Lines must stay visible at 16 px, so give them a minimum width.
  const lineHW = Math.max(0.6, size * 0.028);
  const dotR = small ? 1.8 : size * 0.115;
  const centreR = small ? 2 : size * 0.13;
  const n = 6;
  const dots = [];
  for (let i = 0; i < n; i++) {
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / n;
    dots.push([c + ringR * Math.cos(a), c + ringR * Math.sin(a)]);
  }
  const list = [];
  list.push({ colour: LIGHT, dist: (x, y) => ringDistance(x, y, c, c, ringR, lineHW) });
  // Ties from the person in the middle to three of the people around (larger icons only).
  if (size >= 32) {
    for (const i of [0, 2, 4]) {
      const [dx, dy] = dots[i];
      list.push({ colour: LIGHT, dist: (x, y) => segmentDistance(x, y, c, c, dx, dy, lineHW * 0.8) });
    }
  }
  for (const [dx, dy] of dots) {
    list.push({ colour: TEAL, dist: (x, y) => discDistance(x, y, dx, dy, dotR) });
  }
  list.push({ colour: GREEN, dist: (x, y) => discDistance(x, y, c, c, centreR) });
  return list;
}

/** Renders an icon to straight-alpha RGBA bytes. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const list = shapes(size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Composite the shapes in order with the "over" operator, premultiplied.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const shape of list) {
        const cov = coverage(shape.dist(x + 0.5, y + 0.5));
        if (cov <= 0) continue;
        r = shape.colour[0] * cov + r * (1 - cov);
        g = shape.colour[1] * cov + g * (1 - cov);
        b = shape.colour[2] * cov + b * (1 - cov);
        a = cov + a * (1 - cov);
      }
      const o = (y * size + x) * 4;
      if (a > 0) {
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
        pixels[o + 3] = Math.round(a * 255);
      }
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

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes straight-alpha RGBA bytes as a PNG file. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); // width
  header.writeUInt32BE(size, 4); // height
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();

module.exports = { render, encodePng };
