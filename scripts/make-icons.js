#!/usr/bin/env node
// Draws the add-in icon (a blue rounded square with a white spreadsheet grid and a check mark) at
// every size the manifest and Office ask for, using only Node built-ins so anyone can regenerate
// the committed PNGs with `node scripts/make-icons.js`.
const { Buffer } = require("node:buffer");
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80, 128];
const OUT_DIR = path.join(__dirname, "..", "assets");

// Each pixel is averaged over SAMPLES x SAMPLES points so edges stay smooth at 16 px.
const SAMPLES = 6;

const TOP_BLUE = [46, 117, 191];
const BOTTOM_BLUE = [24, 82, 150];
const WHITE = [255, 255, 255];

const CRC_TABLE = buildCrcTable();

function buildCrcTable() {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    table[n] = c >>> 0;
  }
  return table;
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: truecolour with alpha
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace

  // Every scanline starts with filter type 0 (none); the image is small enough not to bother.
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0;
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Signed distance from (x, y) to a rounded rectangle centred at (cx, cy). */
function roundedRectDistance(x, y, cx, cy, halfWidth, halfHeight, radius) {
  const qx = Math.abs(x - cx) - (halfWidth - radius);
  const qy = Math.abs(y - cy) - (halfHeight - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function segmentDistance(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

const CHECK = [
  [0.3, 0.55],
  [0.45, 0.7],
  [0.74, 0.38],
];

// Positions of the spreadsheet grid lines, the same in both directions.
const GRID = [0.2, 0.4, 0.6, 0.8];

function checkDistance(x, y) {
  return Math.min(
    segmentDistance(x, y, CHECK[0], CHECK[1]),
    segmentDistance(x, y, CHECK[1], CHECK[2])
  );
}

/** Colour and coverage of one sample point in unit coordinates, or null outside the icon. */
function shade(x, y, size) {
  if (roundedRectDistance(x, y, 0.5, 0.5, 0.47, 0.47, 0.19) > 0) {
    return null;
  }

  // Lines must stay at least about one pixel wide at the smallest size to remain visible.
  const line = Math.max(0.035, 1 / size);
  const checkWidth = Math.max(0.075, 1.4 / size);
  const check = checkDistance(x, y);
  if (check < checkWidth) {
    return WHITE;
  }

  const background = mix(TOP_BLUE, BOTTOM_BLUE, y);
  // A blue halo around the check mark keeps it separate from the grid lines behind it.
  if (check < checkWidth + line * 1.6) {
    return background;
  }

  const lo = GRID[0] - line / 2;
  const hi = GRID[GRID.length - 1] + line / 2;
  // At 16 px the grid turns into noise, so the smallest icon shows the check mark alone.
  const insideGrid = size >= 32 && x > lo && x < hi && y > lo && y < hi;
  const onLine = GRID.some((g) => Math.abs(x - g) < line / 2 || Math.abs(y - g) < line / 2);
  if (insideGrid && onLine) {
    return mix(background, WHITE, 0.55);
  }
  return background;
}

function mix(a, b, t) {
  return a.map((value, i) => value + (b[i] - value) * t);
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = shade(
            (px + (sx + 0.5) / SAMPLES) / size,
            (py + (sy + 0.5) / SAMPLES) / size,
            size
          );
          if (colour) {
            covered++;
            colour.forEach((value, i) => (sum[i] += value));
          }
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        sum.forEach((value, i) => (rgba[offset + i] = Math.round(value / covered)));
      }
      rgba[offset + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return rgba;
}

function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    fs.writeFileSync(path.join(OUT_DIR, `icon-${size}.png`), encodePng(size, render(size)));
  }
}

main();
