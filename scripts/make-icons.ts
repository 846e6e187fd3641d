// Draws the toolbar icon (a clock face with a reply arrow's orange hand) as PNGs in public/icon/, so the
// repository needs no image editor: `npx tsx scripts/make-icons.ts`. Run again only to change the design.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const OUT = path.resolve(import.meta.dirname, '..', 'public', 'icon');

type Rgba = [number, number, number, number];
const FACE: Rgba = [19, 78, 94, 255]; // deep teal
const RIM: Rgba = [255, 255, 255, 255];
const HAND: Rgba = [255, 255, 255, 255];
const ALERT: Rgba = [245, 134, 52, 255]; // orange: the hand that says "reply now"

function pixel(x: number, y: number): Rgba | null {
  // Coordinates in a unit square centred on 0.
  const r = Math.hypot(x, y);
  if (r > 0.5) return null;
  if (r > 0.44) return RIM;
  if (distanceToSegment(x, y, 0, 0, 0, -0.32) < 0.045) return HAND; // minute hand to 12
  if (distanceToSegment(x, y, 0, 0, 0.22, 0.1) < 0.055) return ALERT; // hour hand towards 4
  if (r < 0.06) return ALERT;
  return FACE;
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function render(size: number): Buffer {
  const samples = 4; // supersampling for smooth edges
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const color = pixel((x + (sx + 0.5) / samples) / size - 0.5, (y + (sy + 0.5) / samples) / size - 0.5);
          if (!color) continue;
          for (let c = 0; c < 3; c++) sum[c]! += color[c]! * color[3]!;
          sum[3]! += color[3]!;
        }
      }
      const alpha = sum[3]! / (samples * samples);
      for (let c = 0; c < 3; c++) row[1 + x * 4 + c] = sum[3] ? Math.round(sum[c]! / sum[3]!) : 0;
      row[1 + x * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

function png(size: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) writeFileSync(path.join(OUT, `${size}.png`), render(size));
console.log(`Wrote ${SIZES.map((s) => `icon/${s}.png`).join(', ')} to public/`);
