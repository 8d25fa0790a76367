/** Pieces of a room at night, as a camera with a wide aperture sees them: out-of-focus lights, lamps, neon, furniture. */
import { blurFilter, tint } from "./svg-kit.mjs";

const f1 = (value) => value.toFixed(1);

/** Blurs for the depth of field of a room (far wall, bokeh, foreground), referenced as url(#depthN). */
export const roomFilters = () => [2, 3, 6, 10, 16, 24, 40].map((amount) => blurFilter(`depth${amount}`, amount)).join("")
  + `<filter id="haze" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="0.004 0.009" numOctaves="3"
    seed="4"/>
    <feColorMatrix values="0 0 0 0 1 0 0 0 0 0.9 0 0 0 0 0.8 0.9 0 0 0 -0.3"/><feComposite in2="SourceGraphic" operator="in"/></filter>`;

/** Out-of-focus lights: soft discs with a brighter rim, screen-blended so they glow. */
export function bokeh(rand, { x, y, w, h, count, palette, size = [14, 46], opacity = [0.25, 0.7], blur = 3 }) {
  const id = `bokeh${rand.seed()}`;
  const gradients = palette.map((color, index) => `<radialGradient id="${id}-${index}"><stop offset="0" stop-color="${tint(color, 0.3)}"
    stop-opacity="0.55"/>
    <stop offset="0.82" stop-color="${color}" stop-opacity="0.8"/><stop offset="1" stop-color="${color}"
      stop-opacity="0"/></radialGradient>`);
  const discs = Array.from({ length: count }, () => {
    const r = rand.range(size[0], size[1]);
    return `<circle cx="${f1(rand.range(x, x + w))}" cy="${f1(rand.range(y, y + h))}" r="${f1(r)}" fill="url(#${id}-${rand.int(0,
      palette.length - 1)})"
      opacity="${rand.range(opacity[0], opacity[1]).toFixed(2)}"/>`;
  });
  return `<defs>${gradients.join("")}</defs><g style="mix-blend-mode:screen" filter="url(#depth${blur})">${discs.join("")}</g>`;
}

/** A glow: a radial gradient of light, screen-blended. */
export function glow(rand, { cx, cy, rx, ry = rx, color, opacity = 0.8 }) {
  const id = `glow${rand.seed()}`;
  return `<defs><radialGradient id="${id}"><stop offset="0" stop-color="${color}" stop-opacity="${opacity}"/>
    <stop offset="0.4" stop-color="${color}" stop-opacity="${opacity * 0.35}"/><stop offset="1" stop-color="${color}"
      stop-opacity="0"/></radialGradient></defs>
    <ellipse cx="${f1(cx)}" cy="${f1(cy)}" rx="${f1(rx)}" ry="${f1(ry)}" fill="url(#${id})" style="mix-blend-mode:screen"/>`;
}

/** A pendant lamp on its cord: a dark shade, a glowing bulb under it and the light it throws. */
export function pendant(rand, { x, y, size = 60, color = "#ffc77a", shade = "#1b1411", blur = 0 }) {
  const lamp = `<line x1="${x}" y1="0" x2="${x}" y2="${y - size * 0.5}" stroke="#0d0907" stroke-width="2.5"/>
    <path d="M${x - size * 0.15},${y - size * 0.5} L${x + size * 0.15},${y - size * 0.5} L${x + size * 0.7},${y + size * 0.15} L${x - size
      * 0.7},${y + size * 0.15} Z"
      fill="${shade}"/><path d="M${x - size * 0.15},${y - size * 0.48} L${x - size * 0.5},${y + size * 0.05}" stroke="#fff"
        stroke-opacity="0.18" stroke-width="3"/>
    <ellipse cx="${x}" cy="${y + size * 0.15}" rx="${size * 0.66}" ry="${size * 0.1}" fill="${tint(color, 0.4)}"/>`;
  return `${glow(rand, { cx: x, cy: y + size * 0.3, rx: size * 3.2, ry: size * 2.2, color, opacity: 0.55 })}
    <g ${blur ? `filter="url(#depth${blur})"` : ""}>${lamp}</g>${glow(rand, { cx: x, cy: y + size * 0.18, rx: size * 0.9, ry: size * 0.4,
      color: "#fff2d8", opacity: 0.9 })}`;
}

/** A neon pictogram (no lettering): the tube, its halo and the wash it throws on the wall. */
export function neon(rand, { d, color, width = 6, transform = "" }) {
  return `<g transform="${transform}" style="mix-blend-mode:screen">
    <path d="${d}" stroke="${color}" stroke-width="${width * 8}" fill="none" stroke-linecap="round" stroke-linejoin="round" opacity="0.35"
      filter="url(#depth24)"/>
    <path d="${d}" stroke="${color}" stroke-width="${width * 2.5}" fill="none" stroke-linecap="round" stroke-linejoin="round" opacity="0.8"
      filter="url(#depth6)"/>
    <path d="${d}" stroke="${tint(color, 0.7)}" stroke-width="${width}" fill="none" stroke-linecap="round" stroke-linejoin="round"/></g>`;
}

/** A brick wall: running bond in varied reds, dark mortar, lit by whatever glows in front of it. */
export function brickWall(rand, { x = 0, y = 0, w, h, brick = [64, 24], palette = ["#5a2a1c", "#6a3020", "#4e2418", "#73382a"] }) {
  const [bw, bh] = brick;
  const bricks = [];
  for (let row = 0; row * bh < h; row += 1) {
    for (let col = -1; col * bw < w; col += 1) {
      const bx = x + col * bw + (row % 2 ? bw / 2 : 0);
      bricks.push(`<rect x="${f1(bx + 1.5)}" y="${f1(y + row * bh + 1.5)}" width="${bw - 3}" height="${bh - 3}" rx="2"
        fill="${tint(rand.pick(palette), rand.near(0, 0.08))}"/>`);
    }
  }
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#2a1a14"/>${bricks.join("")}`;
}

/** Bottles and jars on back-bar shelves, blurred because they are behind the focus. */
export function shelves(rand, { x, y, w, rows = 3, gap = 70, palette = ["#3a5a2a", "#6a3a1a", "#8a6a3a", "#2a3a4a", "#a08050"], blur = 6 })
  {
  const items = [];
  for (let row = 0; row < rows; row += 1) {
    const shelfY = y + row * gap;
    items.push(`<rect x="${x}" y="${shelfY}" width="${w}" height="7" fill="#2a1a10"/><rect x="${x}" y="${shelfY}" width="${w}" height="2"
      fill="#ffcf8a" opacity="0.35"/>`);
    for (let bx = x + 8; bx < x + w - 20; bx += rand.range(18, 34)) {
      const [bottleW, bottleH] = [rand.range(12, 20), rand.range(30, gap - 14)];
      const color = rand.pick(palette);
      items.push(`<rect x="${f1(bx)}" y="${f1(shelfY - bottleH)}" width="${f1(bottleW)}" height="${f1(bottleH)}" rx="4" fill="${color}"
        opacity="0.9"/>
        <rect x="${f1(bx + bottleW * 0.2)}" y="${f1(shelfY - bottleH + 4)}" width="2.5" height="${f1(bottleH - 10)}" fill="#fff"
          opacity="0.35"/>`);
    }
  }
  return `<g filter="url(#depth${blur})">${items.join("")}</g>`;
}

/** A bar stool: round seat on a chrome post, seen slightly from above. */
export function stool(rand, { x, y, size = 1, seat = "#8a1f1a" }) {
  const s = size;
  return `<rect x="${x - 5 * s}" y="${y}" width="${10 * s}" height="${130 * s}" fill="#9aa0a6"/><rect x="${x - 2 * s}" y="${y}" width="${3
    * s}" height="${130 * s}" fill="#fff" opacity="0.5"/>
    <ellipse cx="${x}" cy="${y + 130 * s}" rx="${34 * s}" ry="${8 * s}" fill="#6a6e72"/>
    <ellipse cx="${x}" cy="${y + 78 * s}" rx="${28 * s}" ry="${6 * s}" fill="none" stroke="#b8bcc0" stroke-width="${4 * s}"/>
    <ellipse cx="${x}" cy="${y + 6 * s}" rx="${40 * s}" ry="${13 * s}" fill="${tint(seat, -0.35)}"/>
    <ellipse cx="${x}" cy="${y}" rx="${40 * s}" ry="${13 * s}" fill="${seat}"/><ellipse cx="${x - 10 * s}" cy="${y - 3 * s}" rx="${18 * s}"
      ry="${4 * s}" fill="#fff" opacity="0.25"/>`;
}

/** A table for two in the foreground: top with a candle glow, two chair backs; blurred by the depth of field. */
export function diningTable(rand, { x, y, w = 260, top = "#5a341c", candle = true, chair = "#2a1810", blur = 6 }) {
  const table = `<rect x="${x - 12}" y="${y + 20}" width="24" height="200" fill="#1a0f08"/>
    <ellipse cx="${x}" cy="${y + 14}" rx="${w / 2}" ry="${w * 0.1}" fill="${tint(top, -0.4)}"/><ellipse cx="${x}" cy="${y}" rx="${w / 2}"
      ry="${w * 0.1}" fill="${top}"/>
    ${[x - w * 0.62, x + w * 0.62].map((cx) => `<rect x="${cx - 40}" y="${y - 150}" width="10" height="170" fill="${chair}"/>
      <rect x="${cx + 30}" y="${y - 150}" width="10" height="170" fill="${chair}"/><rect x="${cx - 44}" y="${y - 160}" width="88"
        height="26" rx="10" fill="${chair}"/>
      <rect x="${cx - 36}" y="${y - 95}" width="72" height="10" fill="${chair}"/>`).join("")}
    <ellipse cx="${x - w * 0.15}" cy="${y - 2}" rx="30" ry="7" fill="#f2ede4"/><ellipse cx="${x + w * 0.18}" cy="${y - 2}" rx="30" ry="7"
      fill="#f2ede4"/>`;
  const flame = candle
    ? `<rect x="${x - 7}" y="${y - 26}" width="14" height="24" rx="3" fill="#f0d9b0" opacity="0.8"/>
       ${glow(rand, { cx: x, cy: y - 30, rx: 70, ry: 60, color: "#ffb35a", opacity: 0.9 })}`
    : "";
  return `<g filter="url(#depth${blur})">${table}</g>${flame}`;
}

/** Potted and hanging plants: stems with leaves along them, in a few greens, softened by the depth of field. */
export function plant(rand, { x, y, size = 1, color = "#1e3a1a", hanging = false, blur = 3 }) {
  const stems = Array.from({ length: hanging ? 9 : 12 }, () => {
    const angle = ((hanging ? rand.range(60, 120) : rand.range(-160, -20)) * Math.PI) / 180;
    const length = rand.range(hanging ? 80 : 50, hanging ? 220 : 120) * size;
    const steps = Math.round(length / (14 * size));
    const leaves = Array.from({ length: steps }, (_, step) => {
      const t = (step + 1) / steps;
      const droop = hanging ? 0 : t * t * 30 * size;
      const [lx, ly] = [x + Math.cos(angle) * length * t, y + Math.sin(angle) * length * t + droop];
      const side = step % 2 ? 1 : -1;
      const tilt = (angle * 180) / Math.PI + side * rand.range(30, 70);
      const leafSize = (hanging ? 11 : 16) * size * (0.7 + 0.5 * (hanging ? 1 - t * 0.4 : 1 - Math.abs(t - 0.6)));
      return `<ellipse cx="${f1(lx)}" cy="${f1(ly)}" rx="${f1(leafSize)}" ry="${f1(leafSize * 0.5)}" transform="rotate(${f1(tilt)}
        ${f1(lx)} ${f1(ly)})"
        fill="${tint(color, rand.near(0.05, 0.18))}"/>`;
    });
    return leaves.join("");
  });
  const cord = hanging ? `<line x1="${x}" y1="0" x2="${x}" y2="${y}" stroke="#111" stroke-width="2"/>` : "";
  const pot = hanging
    ? `<path d="M${x - 26 * size},${y - 6 * size} h${52 * size} l${-6 * size},${30 * size} h${-40 * size} Z" fill="#c8a070"/>`
    : `<path d="M${x - 34 * size},${y} h${68 * size} l${-8 * size},${60 * size} h${-52 * size} Z" fill="#6a3a22"/>`;
  return `<g filter="url(#depth${blur})">${cord}${stems.join("")}${pot}</g>`;
}

/**
 * A counter running away from the camera toward the vanishing point `vp`, with stools in front of it and pendants
 * over it, shrinking with distance; far pieces are blurred more, as a wide aperture would.
 */
export function perspectiveBar(rand, options) {
  const { near, vp, until = 0.82, height = 300, depth = 80, top = "#7a4a26", front = "#5a1e16", seat = "#a0231c" } = options;
  const { stools = 7, lamps = 4, lamp = "#ffbe6a", shade = "#6a1e14", panels = 12, stoolSize = 1.2 } = options;
  const at = (t) => ({ x: near[0] + (vp[0] - near[0]) * t, y: near[1] + (vp[1] - near[1]) * t, s: 1 - t });
  const [a, b] = [at(0), at(until)];
  const pts = (points) => points.map(([x, y]) => `${f1(x)},${f1(y)}`).join(" ");
  const blurAt = (t) => (t > 0.55 ? "depth6" : t > 0.3 ? "depth3" : t < 0.08 ? "depth6" : null);
  const seams = Array.from({ length: panels }, (_, index) => {
    const p = at((index / panels) * until);
    return `<line x1="${f1(p.x)}" y1="${f1(p.y + 14 * p.s)}" x2="${f1(p.x)}" y2="${f1(p.y + height * p.s)}" stroke="#000"
      stroke-opacity="0.35" stroke-width="${f1(4 * p.s)}"/>`;
  });
  const body = `<polygon points="${pts([[a.x, a.y], [b.x, b.y], [b.x, b.y + height * b.s], [a.x, a.y + height]])}"
    fill="${front}"/>${seams.join("")}
    <polygon points="${pts([[a.x, a.y], [b.x, b.y], [b.x, b.y - depth * b.s], [a.x, a.y - depth]])}" fill="${top}"/>
    <polygon points="${pts([[a.x, a.y], [b.x, b.y], [b.x, b.y + 16 * b.s], [a.x, a.y + 16]])}" fill="${tint(top, -0.3)}"/>
    <line x1="${f1(a.x)}" y1="${f1(a.y)}" x2="${f1(b.x)}" y2="${f1(b.y)}" stroke="#ffe2b0" stroke-opacity="0.6" stroke-width="2"/>
    <polygon points="${pts([[b.x, b.y - depth * b.s], [b.x + depth * 0.5 * b.s, b.y - depth * b.s * 1.1], [b.x + depth * 0.5 * b.s, b.y +
      height * b.s * 0.95],
      [b.x, b.y + height * b.s]])}" fill="${tint(front, -0.45)}"/>`;
  const pools = Array.from({ length: lamps }, (_, index) => {
    const p = at(((index + 0.6) / (lamps + 0.4)) * until);
    return glow(rand, { cx: p.x + 30 * p.s, cy: p.y - depth * p.s * 0.5, rx: 170 * p.s, ry: 34 * p.s, color: "#ffe0a8", opacity: 0.75 });
  });
  const lights = Array.from({ length: lamps }, (_, index) => {
    const t = ((index + 0.6) / (lamps + 0.4)) * until;
    const p = at(t);
    return pendant(rand, { x: p.x + 30 * p.s, y: p.y - 330 * p.s, size: 90 * p.s, color: lamp, shade, blur: t > 0.5 ? 3 : 0 });
  });
  const seats = Array.from({ length: stools }, (_, index) => {
    const t = ((index + 0.3) / stools) * until;
    const p = at(t);
    const blur = blurAt(t);
    const s = p.s * stoolSize;
    return { t, svg: `<g ${blur ? `filter="url(#${blur})"` : ""} transform="translate(${f1(p.x + 60 * p.s)},${f1(p.y + height * p.s *
      0.42)})">
      ${stool(rand, { x: 0, y: 0, size: s, seat })}</g>` };
  });
  return `${lights.join("")}${body}${pools.join("")}${seats.reverse().map((item) => item.svg).join("")}`;
}

/** A tiled floor in perspective, its rows converging on the vanishing point (checkered, like an old diner). */
export function perspectiveFloor(rand, { vp, bottom = 640, tile = 60, colors = ["#e8e0d0", "#1a1614"], rows = 40, blur = 2, from = 0, dim =
  0.6 }) {
  const depthAt = (z) => vp[1] + ((bottom - vp[1]) * 1) / z;
  const xAt = (column, z) => vp[0] + (column * tile) / z;
  const tiles = [];
  for (let row = 0; row < rows; row += 1) {
    const [z0, z1] = [1 + row * 0.25, 1 + (row + 1) * 0.25];
    const span = Math.ceil((1400 * z1) / tile);
    for (let column = -span; column < span; column += 1) {
      const points = [[xAt(column, z0), depthAt(z0)], [xAt(column + 1, z0), depthAt(z0)], [xAt(column + 1, z1), depthAt(z1)], [xAt(column,
        z1), depthAt(z1)]];
      const color = (row + column) % 2 === 0 ? colors[0] : colors[1];
      tiles.push(`<polygon points="${points.map(([x, y]) => `${f1(x)},${f1(y)}`).join(" ")}" fill="${tint(color, rand.near(0, 0.04))}"/>`);
    }
  }
  const id = `floor${rand.seed()}`;
  return `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity="${dim}"/>
      <stop offset="1" stop-color="#000" stop-opacity="${dim * 0.3}"/></linearGradient>
    <clipPath id="${id}c"><rect x="0" y="${from}" width="4000" height="2000"/></clipPath></defs>
    <g clip-path="url(#${id}c)"><g filter="url(#depth${blur})">${tiles.join("")}</g>
    <rect x="0" y="${from}" width="4000" height="${bottom - from}" fill="url(#${id})"/></g>`;
}
