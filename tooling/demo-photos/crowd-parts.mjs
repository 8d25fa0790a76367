/** Dancers and the light they dance in: posed figures, couples hand in hand, stage beams, a crowd, a glossy floor. */
import { tint } from "./svg-kit.mjs";

const f1 = (value) => value.toFixed(1);
const rad = (degrees) => (degrees * Math.PI) / 180;
/** A point `length` away from `from`, at `angle` degrees from straight down (positive swings toward +x). */
const limb = ([x, y], angle, length) => [x + Math.sin(rad(angle)) * length, y + Math.cos(rad(angle)) * length];

/** A tapered limb from `a` to `b` (widths `wa`, `wb`) with rounded joints, as one closed path. */
function taper(a, b, wa, wb) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length = Math.hypot(dx, dy) || 1;
  const [nx, ny] = [-dy / length, dx / length];
  const side = (p, w, sign) => `${f1(p[0] + nx * w * sign / 2)},${f1(p[1] + ny * w * sign / 2)}`;
  return `M${side(a, wa, 1)} L${side(b, wb, 1)} A${f1(wb / 2)},${f1(wb / 2)} 0 0 0 ${side(b, wb, -1)} L${side(a, wa, -1)} A${f1(wa /
    2)},${f1(wa / 2)} 0 0 0 ${side(a, wa, 1)} Z`;
}

/**
 * One dancer, `h` pixels tall, feet near `y`. Angles are degrees from straight down; `face` is 1 (facing right) or -1.
 * `hands` may pin a hand to a point (a partner's hand) instead of the arm angles. Returns the markup and the hands.
 */
export function dancer({ x, y, h, face = 1, lean = 0, legs = [[10, -5], [-12, 8]], arms = [[30, 40], [-20, 30]], hands = [], dress = false,
  hat = false,
  fill = "#0b0710" }) {
  const build = dress ? 0.85 : 1;
  const hip = [x, y - h * 0.5];
  const neck = limb(hip, 180 + lean * face, h * 0.31);
  const head = limb(neck, 180 + lean * face * 1.3, h * 0.08);
  const half = h * 0.12 * build;
  const across = [Math.cos(rad(lean * face)) * half, Math.sin(rad(lean * face)) * half];
  const shoulders = [[neck[0] - across[0], neck[1] + h * 0.03 - across[1]], [neck[0] + across[0], neck[1] + h * 0.03 + across[1]]];
  const parts = [];
  const shape = (d) => parts.push(`<path d="${d}" fill="${fill}"/>`);
  const feet = legs.map(([thigh, shin], index) => {
    const start = [hip[0] + (index ? 1 : -1) * h * 0.05, hip[1]];
    const knee = limb(start, thigh * face, h * 0.245);
    const foot = limb(knee, (thigh + shin) * face, h * 0.24);
    shape(taper(start, knee, h * (dress ? 0.075 : 0.095), h * 0.06) + taper(knee, foot, h * 0.06, h * 0.04));
    shape(taper([foot[0] - face * h * 0.01, foot[1]], [foot[0] + face * h * 0.06, foot[1] + h * 0.005], h * 0.035, h * 0.028));
    return foot;
  });
  const handPoints = arms.map(([upper, fore], index) => {
    const shoulder = shoulders[index];
    let elbow;
    let hand;
    if (hands[index]) {
      hand = hands[index];
      const [dx, dy] = [hand[0] - shoulder[0], hand[1] - shoulder[1]];
      elbow = [shoulder[0] + dx / 2 + Math.abs(dy) * 0.15 * (index ? 1 : -1), shoulder[1] + dy / 2 + h * 0.06];
    } else {
      elbow = limb(shoulder, upper * face, h * 0.17);
      hand = limb(elbow, (upper + fore) * face, h * 0.16);
    }
    shape(taper(shoulder, elbow, h * 0.06 * build, h * 0.045) + taper(elbow, hand, h * 0.045, h * 0.034));
    parts.push(`<circle cx="${f1(hand[0])}" cy="${f1(hand[1])}" r="${f1(h * 0.024)}" fill="${fill}"/>`);
    return hand;
  });
  const waist = limb(hip, 180 + lean * face, h * 0.11);
  const chest = limb(hip, 180 + lean * face, h * 0.24);
  const [sl, sr] = shoulders;
  const waistHalf = h * (dress ? 0.06 : 0.085);
  shape(`M${f1(sl[0])},${f1(sl[1])} Q${f1(neck[0])},${f1(neck[1] - h * 0.01)} ${f1(sr[0])},${f1(sr[1])} Q${f1(chest[0] + half *
    1.05)},${f1(chest[1])}
    ${f1(waist[0] + waistHalf)},${f1(waist[1])} L${f1(hip[0] + h * 0.08)},${f1(hip[1] + h * 0.02)} L${f1(hip[0] - h * 0.08)},${f1(hip[1] +
      h * 0.02)}
    L${f1(waist[0] - waistHalf)},${f1(waist[1])} Q${f1(chest[0] - half * 1.05)},${f1(chest[1])} ${f1(sl[0])},${f1(sl[1])} Z`);
  shape(taper(neck, limb(neck, 180, h * 0.04), h * 0.05, h * 0.045));
  if (dress) {
    const hem = y - h * 0.2;
    const swirl = face * h * 0.08;
    shape(`M${f1(waist[0] - waistHalf)},${f1(waist[1])} L${f1(waist[0] + waistHalf)},${f1(waist[1])} C${f1(x + h * 0.16)},${f1(hip[1])}
      ${f1(x + h * 0.2 + swirl)},${f1(hem - h * 0.08)} ${f1(x + h * 0.24 + swirl)},${f1(hem)} Q${f1(x + swirl * 0.5)},${f1(hem + h * 0.05)}
      ${f1(x - h * 0.2 + swirl)},${f1(hem - h * 0.02)} C${f1(x - h * 0.17)},${f1(hem - h * 0.1)} ${f1(x - h * 0.14)},${f1(hip[1])}
      ${f1(waist[0] - waistHalf)},${f1(waist[1])} Z`);
  }
  parts.push(`<ellipse cx="${f1(head[0])}" cy="${f1(head[1])}" rx="${f1(h * 0.055)}" ry="${f1(h * 0.066)}" fill="${fill}"/>`);
  if (hat) {
    parts.push(`<ellipse cx="${f1(head[0])}" cy="${f1(head[1] - h * 0.04)}" rx="${f1(h * 0.1)}" ry="${f1(h * 0.016)}" fill="${fill}"/>
      <path d="M${f1(head[0] - h * 0.055)},${f1(head[1] - h * 0.04)} L${f1(head[0] - h * 0.05)},${f1(head[1] - h * 0.1)}
        Q${f1(head[0])},${f1(head[1] - h * 0.085)}
      ${f1(head[0] + h * 0.05)},${f1(head[1] - h * 0.1)} L${f1(head[0] + h * 0.055)},${f1(head[1] - h * 0.04)} Z" fill="${fill}"/>`);
  } else if (dress) {
    parts.push(`<ellipse cx="${f1(head[0] - face * h * 0.03)}" cy="${f1(head[1] - h * 0.035)}" rx="${f1(h * 0.06)}" ry="${f1(h * 0.05)}"
      fill="${fill}"/>`);
  }
  return { svg: parts.join(""), hands: handPoints, feet };
}

/**
 * Stage light catching the edge of a silhouette: the part of the shape its own shifted copy does not cover, in the light's
 * colour, softened and laid over it. Use as filter="url(#id)" on a figure or a couple.
 */
export function rimLight(id, { color, dx = -3, dy = -2, opacity = 0.9, soften = 2 }) {
  return `<filter id="${id}" x="-10%" y="-10%" width="120%" height="120%"><feOffset in="SourceAlpha" dx="${-dx}" dy="${-dy}"
    result="shifted"/>
    <feComposite in="SourceAlpha" in2="shifted" operator="out" result="edge"/><feFlood flood-color="${color}" flood-opacity="${opacity}"/>
    <feComposite in2="edge" operator="in"/><feGaussianBlur stdDeviation="${soften}" result="rim"/>
    <feMerge><feMergeNode in="SourceGraphic"/><feMergeNode in="rim"/></feMerge></filter>`;
}

/** A couple: the lead (hat) and the follow (dress) facing each other, one pair of hands joined, the follow mid-turn when `spin`. */
export function couple(rand, { x, y, h, spin = false, fill, gap = 0.36 }) {
  const apart = h * gap;
  const joined = spin ? [x + rand.near(0, h * 0.03), y - h * 1.06] : [x, y - h * 0.56];
  const lead = dancer({
    x: x - apart / 2, y, h, face: 1, lean: rand.near(5, 3), hat: rand.next() < 0.7, fill,
    legs: [[rand.near(18, 6), rand.near(-22, 6)], [rand.near(-6, 4), rand.near(4, 4)]],
    arms: [[rand.near(25, 10), rand.near(70, 15)], [0, 0]], hands: [null, joined],
  });
  const follow = dancer({
    x: x + apart / 2, y, h: h * 0.93, face: -1, lean: rand.near(spin ? -3 : 7, 3), dress: true, fill,
    legs: [[rand.near(spin ? 6 : 20, 6), rand.near(-24, 6)], [rand.near(-8, 4), rand.near(6, 4)]],
    arms: [[0, 0], [rand.near(spin ? 40 : -30, 12), rand.near(spin ? 60 : 40, 15)]], hands: [joined, null],
  });
  return `${lead.svg}${follow.svg}`;
}

/** Stage light beams fanning down from fixtures along the top: screen-blended, soft, in the palette's colours. */
export function beams(rand, { width, height, count, palette, spread = [160, 420], opacity = 0.5 }) {
  const id = `beam${rand.seed()}`;
  const gradients = palette.map((color, index) => `<linearGradient id="${id}-${index}" x1="0" y1="0" x2="0" y2="1"><stop offset="0"
    stop-color="${color}"
    stop-opacity="0.95"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></linearGradient>`);
  const rays = Array.from({ length: count }, (_, index) => {
    const x = ((index + 0.5) / count) * width + rand.near(0, 40);
    const tilt = rand.near(0, 260);
    const wide = rand.range(spread[0], spread[1]);
    return `<path d="M${f1(x - 8)},-10 L${f1(x + 8)},-10 L${f1(x + tilt + wide / 2)},${height * 0.95} L${f1(x + tilt - wide / 2)},${height
      * 0.95} Z"
      fill="url(#${id}-${index % palette.length})" opacity="${rand.range(opacity * 0.6, opacity).toFixed(2)}"/>
      <circle cx="${f1(x)}" cy="-4" r="20" fill="${tint(palette[index % palette.length], 0.6)}"/>`;
  });
  return `<defs>${gradients.join("")}</defs><g style="mix-blend-mode:screen" filter="url(#depth10)">${rays.join("")}</g>`;
}

/** A row of heads and shoulders (some arms up), as dark shapes against the light. */
export function crowdRow(rand, { y, count, size, width, fill = "#07040a", blur = 6, raised = 0.15 }) {
  const people = Array.from({ length: count }, (_, index) => {
    const s = size * rand.range(0.85, 1.15);
    const x = (index / (count - 1)) * width + rand.near(0, s * 0.5);
    const top = y + rand.near(0, s * 0.3);
    const arm = rand.next() < raised
      ? `<path d="${taper([x + s * 0.45, top + s * 0.8], [x + s * rand.range(0.4, 0.9), top - s * 0.7], s * 0.24, s * 0.16)}"
        fill="${fill}"/>`
      : "";
    return `${arm}<ellipse cx="${f1(x)}" cy="${f1(top)}" rx="${f1(s * 0.3)}" ry="${f1(s * 0.36)}" fill="${fill}"/>
      <path d="M${f1(x - s * 0.14)},${f1(top + s * 0.2)} h${f1(s * 0.28)} v${f1(s * 0.25)} q${f1(s * 0.5)},${f1(s * 0.05)} ${f1(s *
        0.62)},${f1(s * 0.4)}
        v${f1(s * 3)} h${f1(-s * 1.52)} v${f1(-s * 3)} q${f1(s * 0.12)},${f1(-s * 0.35)} ${f1(s * 0.62)},${f1(-s * 0.4)} Z"
          fill="${fill}"/>`;
  });
  return `<g filter="url(#depth${blur})">${people.join("")}</g>`;
}

/** Reflections of the lights in a polished floor: soft vertical streaks below each light. */
export function floorShine(rand, { y, width, count, palette, height = 140, opacity = 0.4 }) {
  const streaks = Array.from({ length: count }, () => {
    const x = rand.range(0, width);
    return `<ellipse cx="${f1(x)}" cy="${f1(y + height / 2)}" rx="${f1(rand.range(14, 40))}" ry="${f1(height / 2)}"
      fill="${rand.pick(palette)}"
      opacity="${rand.range(opacity * 0.4, opacity).toFixed(2)}"/>`;
  });
  return `<g style="mix-blend-mode:screen" filter="url(#depth10)">${streaks.join("")}</g>`;
}
