/** The product-photo studio: a seamless paper sweep lit by a softbox, and the soft shadows objects leave on it. */
import { blurFilter, tint } from "./svg-kit.mjs";

/** The blurs product scenes refer to by id (`pblur2`, `pblur6`, …). */
export const studioFilters = () => [1, 2, 3, 4, 6, 10, 16, 24].map((amount) => blurFilter(`pblur${amount}`, amount)).join("");

/**
 * A paper sweep: darker at the top, brightest where the wall curves into the floor, a pool of light behind the product
 * (`spot`, fractions of the frame) and a faint falloff toward the front edge.
 */
export function sweepBackdrop(rand, { width, height, paper, horizon = 0.6, spot = [0.5, 0.58], glow = 0.35 }) {
  const id = `sweep${rand.seed()}`;
  return `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${tint(paper, -0.42)}"/><stop offset="${horizon * 0.55}" stop-color="${tint(paper, -0.2)}"/>
      <stop offset="${horizon}" stop-color="${paper}"/><stop offset="${Math.min(0.95, horizon + 0.18)}" stop-color="${tint(paper, 0.06)}"/>
      <stop offset="1" stop-color="${tint(paper, -0.1)}"/></linearGradient>
    <radialGradient id="${id}g" cx="${spot[0]}" cy="${spot[1]}" r="0.55"><stop offset="0" stop-color="#fff7ea" stop-opacity="${glow}"/>
      <stop offset="1" stop-color="#fff7ea" stop-opacity="0"/></radialGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#${id})"/><rect width="${width}" height="${height}" fill="url(#${id}g)"/>`;
}

/** A flat surface seen from above (a table top in paper or linen): an even tone with a soft light falling across it. */
export function flatLay(rand, { width, height, surface, light = [0.3, 0.25], grain = 0 }) {
  const id = `lay${rand.seed()}`;
  const texture = grain
    ? `<filter id="${id}t" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2"
        seed="${rand.seed()}"/><feColorMatrix values="0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 ${grain} 0"/>
        <feComposite in2="SourceGraphic" operator="in"/></filter>`
    : "";
  return `<defs><radialGradient id="${id}" cx="${light[0]}" cy="${light[1]}" r="1.1"><stop offset="0" stop-color="${tint(surface, 0.12)}"/>
      <stop offset="0.6" stop-color="${surface}"/><stop offset="1" stop-color="${tint(surface, -0.22)}"/></radialGradient>${texture}</defs>
    <rect width="${width}" height="${height}" fill="url(#${id})"/>
    ${grain ? `<rect width="${width}" height="${height}" fill="#000" filter="url(#${id}t)"/>` : ""}`;
}

/** A shadow under an outline: a wide soft one thrown away from the light and a tight dark one where it touches. */
export function liftShadow(d, { dx = 10, dy = 14, soft = 16, opacity = 0.45, contact = 0.5 } = {}) {
  return `<path d="${d}" fill="#1a0f08" opacity="${opacity}" filter="url(#pblur${soft})" transform="translate(${dx},${dy})"/>
    <path d="${d}" fill="#120a05" opacity="${contact}" filter="url(#pblur3)" transform="translate(2,3)"/>`;
}
