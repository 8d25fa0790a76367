/** The shops' logos (256×256): one emblem each on a round badge, in the shop's own colours, with no lettering. */
import { litFilter, tint } from "./svg-kit.mjs";

export const emblemFilters = (rand) => {
  const seed = rand.seed();
  return [
    litFilter("badge", { bevel: 6, depth: 3, gloss: 0.25, shine: 25, seed, shadow: [5, 2, 4, 0.45] }),
    litFilter("emboss", { bevel: 2, depth: 3, gloss: 0.5, spec: 1.2, shine: 30, seed, shadow: [1.5, 1, 1.5, 0.45] }),
  ].join("");
};

/** A flat tinted ground with the badge on it: an outer ring in the accent colour and the emblem at the centre. */
function badge({ ground, disc, ring, emblem }) {
  return `<defs><radialGradient id="ground" cx="0.35" cy="0.3" r="0.9"><stop offset="0" stop-color="${tint(ground, 0.12)}"/>
      <stop offset="1" stop-color="${tint(ground, -0.12)}"/></radialGradient>
    <radialGradient id="disc" cx="0.38" cy="0.32" r="0.75"><stop offset="0" stop-color="${tint(disc, 0.18)}"/><stop offset="1"
      stop-color="${tint(disc, -0.2)}"/></radialGradient></defs>
    <rect width="256" height="256" fill="url(#ground)"/>
    <g filter="url(#badge)"><circle cx="128" cy="128" r="104" fill="url(#disc)"/></g>
    <circle cx="128" cy="128" r="95" fill="none" stroke="${ring}" stroke-width="4"/>
    <circle cx="128" cy="128" r="87" fill="none" stroke="${ring}" stroke-width="1.2" opacity="0.7"/>
    <g filter="url(#emboss)">${emblem}</g>`;
}

/** Smooth Glide: a shoe sole seen from below, tilted as if mid-slide, over two swoosh lines; gold on burgundy. */
export function smoothGlideLogo() {
  const gold = "#e0b052";
  const sole = `M0,-66 C20,-66 32,-50 32,-30 C32,-10 22,2 18,14 C15,22 22,30 22,44 C22,60 12,68 0,68 C-12,68 -22,60 -22,44
    C-22,30 -16,22 -18,12 C-22,-2 -32,-12 -32,-30 C-32,-50 -20,-66 0,-66 Z`;
  const heelLine = "M-18,24 C-8,20 8,20 18,24";
  return badge({ ground: "#f3e4cf", disc: "#6a1d2b", ring: gold, emblem: `
    <g transform="translate(134,112) rotate(52)"><path d="${sole}" fill="${gold}"/>
      <path d="${heelLine}" fill="none" stroke="#6a1d2b" stroke-width="5" stroke-linecap="round"/></g>
    <path d="M58,166 C98,150 146,150 196,132" fill="none" stroke="${gold}" stroke-width="8" stroke-linecap="round"/>
    <path d="M76,184 C110,172 150,170 186,158" fill="none" stroke="${gold}" stroke-width="5" stroke-linecap="round" opacity="0.8"/>` });
}

/** Sharp Threads: a needle on the diagonal whose thread loops into a bow tie; cream on deep teal. */
export function sharpThreadsLogo() {
  const cream = "#f1e6cc";
  const thread = "M92,84 C60,96 58,140 96,138 C120,136 118,112 128,128 C138,144 136,120 160,118 C198,116 196,160 164,172";
  return badge({ ground: "#dfe8e4", disc: "#0f4a4c", ring: "#d9b66a", emblem: `
    <path d="M118,112 L128,128 L118,144 L100,150 C90,140 90,116 100,106 Z" fill="#d9b66a"/>
    <path d="M138,112 L128,128 L138,144 L156,150 C166,140 166,116 156,106 Z" fill="#d9b66a"/>
    <rect x="121" y="119" width="14" height="18" rx="4" fill="#c7a255"/>
    <g transform="rotate(-42 128 128)"><path d="M128,34 C132,34 133,40 133,50 L131,214 L128,226 L125,214 L123,50 C123,40 124,34 128,34 Z"
      fill="${cream}"/><ellipse cx="128" cy="52" rx="2" ry="8" fill="#0f4a4c"/></g>
    <path d="${thread}" fill="none" stroke="${cream}" stroke-width="3" stroke-linecap="round" opacity="0.9"/>` });
}

/** Groove Records: a record with its grooves and a sound wave running through the label; orange on deep purple. */
export function grooveRecordsLogo() {
  const orange = "#f08a2e";
  const grooves = [74, 66, 58, 50, 42].map((r) => `<circle cx="128" cy="128" r="${r}" fill="none" stroke="#3a2a4a" stroke-width="1.6"/>`)
    .join("");
  return badge({ ground: "#f6e3d0", disc: "#3b1d5c", ring: orange, emblem: `
    <circle cx="128" cy="128" r="80" fill="#141016"/>${grooves}
    <path d="M76,82 A66,66 0 0 1 150,66" fill="none" stroke="#ffffff" stroke-width="5" stroke-linecap="round" opacity="0.35"/>
    <circle cx="128" cy="128" r="30" fill="${orange}"/><circle cx="128" cy="128" r="4" fill="#141016"/>
    <path d="M40,128 L58,128 L66,110 L74,148 L82,104 L90,150 L96,128 M160,128 L166,106 L174,150 L182,100 L190,156 L198,128 L216,128"
      fill="none" stroke="${orange}" stroke-width="5" stroke-linejoin="round" stroke-linecap="round"/>` });
}
