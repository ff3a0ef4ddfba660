#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16.png, -32, -64, -80): a small table with an Excel-green
 * header row and a green check mark over its lower right corner, for "the table is checked".
 * Pure Node (zlib for the PNG data), anti-aliased by 8×8 supersampling, so the PNGs are reproducible
 * and committed; run again only to change the design: `node scripts/make-icons.js`.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const OUT = path.resolve(__dirname, "..", "assets");

const GREEN = [33, 115, 70, 255]; // Excel green, header row
const CHECK = [16, 124, 16, 255];
const WHITE = [255, 255, 255, 255];
const BORDER = [64, 64, 64, 255];
const GRID = [170, 170, 170, 255];

/** Distance from point p to segment ab, in unit coordinates. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour at a point of the unit square (null = transparent), painted back to front. */
function paint(x, y, size) {
  const line = Math.max(1 / size, 0.035); // at least one pixel wide
  const table = { left: 0.06, top: 0.1, right: 0.8, bottom: 0.84 };
  let colour = null;
  if (x >= table.left && x <= table.right && y >= table.top && y <= table.bottom) {
    colour = WHITE;
    const headerBottom = table.top + 0.22;
    if (y <= headerBottom) colour = GREEN;
    const rows = [headerBottom, headerBottom + 0.21, headerBottom + 0.42];
    const cols = [table.left + 0.3];
    if (y > headerBottom && (rows.some((r) => Math.abs(y - r) < line / 2) || cols.some((c) => Math.abs(x - c) < line / 2))) {
      colour = GRID;
    }
    const edge = Math.min(x - table.left, table.right - x, y - table.top, table.bottom - y);
    if (edge < line) colour = BORDER;
  }
  const stroke = size <= 16 ? 0.16 : 0.12;
  const d = Math.min(segmentDistance(x, y, 0.42, 0.66, 0.6, 0.86), segmentDistance(x, y, 0.6, 0.86, 0.95, 0.4));
  if (d < stroke / 2 + 0.05) colour = WHITE; // a white halo keeps the check readable over the table
  if (d < stroke / 2) colour = CHECK;
  return colour;
}

function render(size) {
  const samples = 8;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, size);
          if (!c) continue;
          for (let k = 0; k < 3; k++) sum[k] += c[k] * c[3];
          sum[3] += c[3];
        }
      }
      const i = (py * size + px) * 4;
      const alpha = sum[3] / (samples * samples);
      for (let k = 0; k < 3; k++) pixels[i + k] = sum[3] ? Math.round(sum[k] / sum[3]) : 0;
      pixels[i + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG (colour type 6), every row with filter 0. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  fs.mkdirSync(OUT, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(OUT, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();
module.exports = { encodePng, render, SIZES };
