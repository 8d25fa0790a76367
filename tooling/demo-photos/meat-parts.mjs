/** Meat from the pit, the drum and the braise, seen from above: ribs, links, wings, chicken, oxtails. */
import { blobPath, smoothPath, tint } from "./svg-kit.mjs";

const f1 = (value) => value.toFixed(1);

/** Charred spots: small dark blobs, softened so they read as burnt sugar rather than holes. */
export function char(rand, { cx, cy, rx, ry, count, color = "#1b0c06" }) {
  const spots = Array.from({ length: count }, () => {
    const [x, y] = rand.inEllipse(cx, cy, rx, ry);
    const outline = blobPath(rand, { cx: x, cy: y, rx: rand.range(3, 9), ry: rand.range(2, 6), rotate: rand.range(0, 180) });
    return `<path d="${outline}" fill="${color}" opacity="${rand.range(0.45, 0.85).toFixed(2)}"/>`;
  });
  return `<g filter="url(#soft1)">${spots.join("")}</g>`;
}

/** A rib tip: a knobbly chunk with sauce glaze, sometimes a pale bit of cartilage. */
export function ribTip(rand, { x, y, size = 30, angle = 0, color = "#7a2c14" }) {
  const outline = blobPath(rand, { cx: x, cy: y, rx: size, ry: size * rand.range(0.55, 0.8), wobble: 0.2, points: 9, rotate: angle });
  const gristle = rand.next() < 0.4
    ? `<ellipse cx="${f1(x + rand.near(0, size * 0.3))}" cy="${f1(y + rand.near(0, size * 0.2))}" rx="${f1(size * 0.22)}" ry="${f1(size *
      0.14)}"
        fill="#d9b48e" opacity="0.8"/>`
    : "";
  return `<path d="${outline}" fill="${tint(color, rand.near(0, 0.1))}"/>${gristle}`;
}

/** A smoked hot link: a plump sausage with grill marks and a split in its skin. */
export function hotLink(rand, { x, y, length = 170, thickness = 34, angle = 0, color = "#6e2412", bend = 18 }) {
  const d = `M${f1(-length / 2)},0 Q0,${f1(bend)} ${f1(length / 2)},0`;
  const marks = Array.from({ length: 5 }, (_, index) => {
    const mx = -length * 0.32 + index * length * 0.16;
    return `<path d="M${f1(mx - 8)},${f1(-thickness * 0.3)} l14,${f1(thickness * 0.7)}" stroke="#1d0a05" stroke-width="4" opacity="0.55"
      stroke-linecap="round"/>`;
  });
  return `<g transform="translate(${f1(x)},${f1(y)}) rotate(${f1(angle)})">
    <path d="${d}" stroke="${color}" stroke-width="${thickness}" stroke-linecap="round" fill="none"/>
    <path d="M${f1(-length * 0.1)},${f1(bend * 0.4)} q${f1(length * 0.12)},-3 ${f1(length * 0.24)},2" stroke="#e9a07f" stroke-width="4"
      fill="none"
      stroke-linecap="round" opacity="0.8"/>
    <g filter="url(#soft1)">${marks.join("")}</g></g>`;
}

/** A St. Louis slab: rib after rib side by side under a dark, peppery bark, bone ends showing along one side. */
export function slab(rand, { x, y, w = 380, h = 150, angle = -6, bones = 9, color = "#380b03" }) {
  const step = w / bones;
  const ribs = Array.from({ length: bones }, (_, index) => {
    const height = h * (1 - (index / bones) * 0.28) * rand.range(0.96, 1.04);
    const rx = -w / 2 + index * step;
    return `<rect x="${f1(rx)}" y="${f1(-height / 2)}" width="${f1(step + 2)}" height="${f1(height)}" rx="${f1(step * 0.22)}" fill="${tint(color, rand.near(0, 0.08))}"/>`;
  });
  const ends = Array.from({ length: bones }, (_, index) => {
    const height = h * (1 - (index / bones) * 0.28);
    const bx = -w / 2 + (index + 0.5) * step;
    return `<rect x="${f1(bx - 9)}" y="${f1(height * 0.3)}" width="18" height="${f1(height * 0.22 + rand.range(3, 8))}" rx="9" fill="#e6d2b4"/>`;
  });
  return `<g transform="translate(${f1(x)},${f1(y)}) rotate(${angle})"><g filter="url(#bead)">${ends.join("")}</g>
    <g filter="url(#bark)">${ribs.join("")}</g>
    <path d="M${f1(-w / 2 + 8)},${f1(-h * 0.4)} Q${f1(-w / 2 - 4)},0 ${f1(-w / 2 + 8)},${f1(h * 0.4)}" stroke="#c0483a" stroke-width="7" fill="none"
      opacity="0.7" filter="url(#soft2)"/></g>`;
}

/** A chicken wing, drumette or flat, glazed and charred at the tips. */
export function wing(rand, { x, y, size = 1, angle = 0, color = "#b5461d", flat = rand.next() < 0.5 }) {
  const s = size * 34;
  const jitter = (points) => points.map(([px, py]) => [px * s + rand.near(0, s * 0.06), py * s + rand.near(0, s * 0.06)]);
  const outline = flat
    ? smoothPath(jitter([[-1, -0.45], [-0.3, -0.52], [0.3, -0.46], [1, -0.42], [1.15, 0], [1, 0.45], [0.3, 0.4], [-0.3, 0.5], [-1, 0.45],
      [-1.15, 0]]))
    : smoothPath(jitter([[1, 0], [0.75, -0.6], [0.1, -0.62], [-0.5, -0.35], [-0.95, -0.2], [-1.1, 0], [-0.95, 0.2], [-0.5, 0.33], [0.1,
      0.6], [0.75, 0.6]]));
  const knob = flat ? "" : `<ellipse cx="${f1(-s * 1.12)}" cy="0" rx="${f1(s * 0.16)}" ry="${f1(s * 0.2)}" fill="#d9b88e"/>`;
  return `<g transform="translate(${f1(x)},${f1(y)}) rotate(${f1(angle)})">${knob}<path d="${outline}" fill="${tint(color, rand.near(0,
    0.08))}"/></g>`;
}

/** A chicken leg quarter: thigh and drumstick, with the bone knob at the end. */
export function legQuarter(rand, { x, y, size = 1, angle = 0, color = "#7b3216" }) {
  const s = size * 60;
  const outline = smoothPath([[-s * 1.2, -s * 0.3], [-s * 0.8, -s * 0.85], [0, -s * 0.8], [s * 0.45, -s * 0.45], [s * 1.1, -s * 0.28], [s *
    1.55, -s * 0.2],
    [s * 1.55, s * 0.12], [s * 1.1, s * 0.12], [s * 0.4, s * 0.5], [-s * 0.3, s * 0.75], [-s * 1.05, s * 0.5]]);
  return `<g transform="translate(${f1(x)},${f1(y)}) rotate(${f1(angle)})">
    <g filter="url(#bark)"><ellipse cx="${f1(s * 1.68)}" cy="${f1(-s * 0.04)}" rx="${f1(s * 0.2)}" ry="${f1(s * 0.17)}" fill="#e6cfae"/>
    <path d="${outline}" fill="${color}"/></g>
    ${char(rand, { cx: 0, cy: 0, rx: s * 1.1, ry: s * 0.55, count: 22 })}</g>`;
}

/** A cross-cut oxtail: a round of dark braised meat around a pale bone with marrow. */
export function oxtail(rand, { x, y, r = 34, color = "#4a1e0e" }) {
  const outline = blobPath(rand, { cx: x, cy: y, rx: r, ry: r * rand.range(0.8, 0.95), wobble: 0.14, points: 10, rotate: rand.range(0, 180)
    });
  const [bx, by] = [x + rand.near(0, r * 0.3), y + rand.near(0, r * 0.3)];
  const lobes = Array.from({ length: 3 }, () => {
    const [lx, ly] = rand.inEllipse(x, y, r * 0.7, r * 0.7);
    return `<path d="${blobPath(rand, { cx: lx, cy: ly, rx: r * 0.45, ry: r * 0.35, rotate: rand.range(0, 180) })}" fill="${tint(color,
      rand.near(0.05, 0.08))}"/>`;
  });
  return `<path d="${outline}" fill="${tint(color, rand.near(0, 0.1))}"/>${lobes.join("")}
    <circle cx="${f1(bx)}" cy="${f1(by)}" r="${f1(r * 0.2)}" fill="#c9a57a"/><circle cx="${f1(bx)}" cy="${f1(by)}" r="${f1(r * 0.1)}"
      fill="#7a4a2a"/>`;
}
