/**
 * A small seeded PRNG (mulberry32 over an FNV-1a hash of a name): the same file name always draws the same picture,
 * so re-running the generator rewrites identical scenes instead of reshuffling every photo.
 */
export function createRandom(seedText) {
  let hash = 0x811c9dc5;
  for (const char of seedText) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  let state = hash;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const range = (min, max) => min + (max - min) * next();
  return {
    next,
    range,
    int: (min, max) => Math.floor(range(min, max + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    /** A value near `value`, up to `spread` either side. */
    near: (value, spread) => value + (next() * 2 - 1) * spread,
    /** A seed for feTurbulence, so each texture differs but stays the same between runs. */
    seed: () => Math.floor(next() * 1000),
    /** A point inside an ellipse, denser toward the middle when `bias` > 1. */
    inEllipse: (cx, cy, rx, ry, bias = 1) => {
      const angle = next() * Math.PI * 2;
      const radius = Math.pow(next(), bias / 2);
      return [cx + Math.cos(angle) * rx * radius, cy + Math.sin(angle) * ry * radius];
    },
  };
}
