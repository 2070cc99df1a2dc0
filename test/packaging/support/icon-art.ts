import type { Rgba } from './png';

type Colour = readonly [number, number, number];

const BLUE: Colour = [0x15, 0x65, 0xc0];
const WHITE: Colour = [0xff, 0xff, 0xff];
/** Samples per pixel along each axis: 4×4 gives smooth edges at every size. */
const SUPERSAMPLE = 4;

/** The centre the mast's waves spread from, in the 0..1 square. */
const HUB = { x: 0.5, y: 0.6 };

function insideRoundedSquare(x: number, y: number): boolean {
  const margin = 0.04;
  const radius = 0.2;
  const dx = Math.max(margin + radius - x, 0, x - (1 - margin - radius));
  const dy = Math.max(margin + radius - y, 0, y - (1 - margin - radius));
  return x >= margin && x <= 1 - margin && y >= margin && y <= 1 - margin && dx * dx + dy * dy <= radius * radius;
}

/** A wave: a ring around the hub, only its upper part (within 48° of straight up). */
function onWave(x: number, y: number, radius: number): boolean {
  const dx = x - HUB.x;
  const dy = y - HUB.y;
  const distance = Math.hypot(dx, dy);
  if (Math.abs(distance - radius) > 0.028 || dy >= 0) return false;
  return Math.abs(Math.atan2(dx, -dy)) <= (48 * Math.PI) / 180;
}

/** The white mark: a router's mast on a base with two radio waves above it. */
function insideMark(x: number, y: number): boolean {
  const hub = Math.hypot(x - HUB.x, y - HUB.y) <= 0.065;
  const mast = Math.abs(x - HUB.x) <= 0.03 && y >= HUB.y && y <= 0.84;
  const base = Math.abs(x - HUB.x) <= 0.17 && y >= 0.8 && y <= 0.86;
  return hub || mast || base || onWave(x, y, 0.17) || onWave(x, y, 0.29);
}

function sample(x: number, y: number): { colour: Colour; alpha: number } {
  if (!insideRoundedSquare(x, y)) return { colour: BLUE, alpha: 0 };
  return { colour: insideMark(x, y) ? WHITE : BLUE, alpha: 1 };
}

/** The app icon at `size` px, drawn from shapes (no source image to resample), deterministic. */
export function drawIcon(size: number): Rgba {
  const data = new Uint8Array(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const { colour, alpha } = sample((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          r += colour[0] * alpha;
          g += colour[1] * alpha;
          b += colour[2] * alpha;
          a += alpha;
        }
      }
      const at = (py * size + px) * 4;
      // Colours are averaged over the covered samples only (premultiplied, then divided back).
      data[at] = a ? Math.round(r / a) : 0;
      data[at + 1] = a ? Math.round(g / a) : 0;
      data[at + 2] = a ? Math.round(b / a) : 0;
      data[at + 3] = Math.round((a / samples) * 255);
    }
  }
  return { width: size, height: size, data };
}
