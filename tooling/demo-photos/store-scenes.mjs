/**
 * Every store photo and shop logo, named as `apps/store/src/server/seed/demo-shops.ts` names them. Shoes live in
 * `store-shoes.mjs`; clothes, accessories, music and logos are staged here.
 */
import { accessoryFilters, fedora, pocketSquare } from "./accessory-parts.mjs";
import { emblemFilters, grooveRecordsLogo, sharpThreadsLogo, smoothGlideLogo } from "./emblem-parts.mjs";
import { clothFilters, foldedShirt, satinVest } from "./garment-parts.mjs";
import { compactDisc, jewelCase, musicFilters, recordSleeve, vinylRecord } from "./music-parts.mjs";
import { shoeScenes } from "./store-shoes.mjs";
import { flatLay, studioFilters, sweepBackdrop } from "./studio-parts.mjs";

const product = (defs, scene, camera = {}) => ({ defs: `${studioFilters()}${defs}`, scene, camera: { focus: [0.5, 0.5, 0.62], blur: 1,
  vignette: 0.35, warmth: 0.12, ...camera } });

function satinVestPhoto(rand, { width, height }) {
  return product(clothFilters(rand), `${sweepBackdrop(rand, { width, height, paper: "#d6bfa3", horizon: 0.9, spot: [0.5, 0.45],
    glow: 0.45 })}<g transform="translate(320,340) scale(1.16) translate(-320,-340)">${satinVest(rand, { cx: 320, top: 150 })}</g>`);
}

function linenShirtPhoto(rand, { width, height }) {
  return product(clothFilters(rand), `${flatLay(rand, { width, height, surface: "#a8927a", grain: 0.12 })}
    <g transform="translate(320,340) scale(1.1) translate(-320,-340)">${foldedShirt(rand, { cx: 320, top: 140 })}</g>`);
}

function fedoraPhoto(rand, { width, height }) {
  return product(accessoryFilters(rand), `${sweepBackdrop(rand, { width, height, paper: "#d2b596", horizon: 0.55, spot: [0.5, 0.5] })}
    ${fedora(rand, { cx: 320, cy: 400 })}`);
}

function pocketSquaresPhoto(rand, { width, height }) {
  const squares = [
    { cx: 215, cy: 330, angle: -14, color: "#5e0f1e", pattern: "twill" },
    { cx: 330, cy: 360, angle: 4, color: "#c8952a" },
    { cx: 430, cy: 390, angle: 18, color: "#15224a", pattern: "dots" },
  ];
  return product(accessoryFilters(rand), `${flatLay(rand, { width, height, surface: "#d9cbb6", grain: 0.1 })}
    ${squares.map((square) => pocketSquare(rand, { ...square, size: 230 })).join("")}`);
}

function steppinClassicsCd(rand, { width, height }) {
  return product(musicFilters(rand), `${flatLay(rand, { width, height, surface: "#cdb79c", grain: 0.08 })}
    ${compactDisc(rand, { cx: 430, cy: 400, r: 150, turn: 0.6 })}${jewelCase(rand, { cx: 250, cy: 270, angle: -7 })}`);
}

function midnightGrooveLp(rand, { width, height }) {
  return product(musicFilters(rand), `${flatLay(rand, { width, height, surface: "#c9b295", grain: 0.08 })}
    ${vinylRecord(rand, { cx: 438, cy: 325, r: 180 })}${recordSleeve(rand, { x: 18, y: 140, size: 370, angle: -3 })}`);
}

/** Product photos, 640×640. */
export const productScenes = [
  ...shoeScenes,
  { file: "apparel-satin-vest.jpg", draw: satinVestPhoto },
  { file: "apparel-linen-shirt.jpg", draw: linenShirtPhoto },
  { file: "accessories-fedora.jpg", draw: fedoraPhoto },
  { file: "accessories-pocket-squares.jpg", draw: pocketSquaresPhoto },
  { file: "music-steppin-classics-cd.jpg", draw: steppinClassicsCd },
  { file: "music-midnight-groove-lp.jpg", draw: midnightGrooveLp },
];

const logo = (emblem) => (rand) => ({ defs: emblemFilters(rand), scene: emblem(), camera: { blur: 0, vignette: 0.12, warmth: 0.06 } });

/** Shop logos, 256×256. */
export const logoScenes = [
  { file: "logo-smooth-glide.jpg", draw: logo(smoothGlideLogo) },
  { file: "logo-sharp-threads.jpg", draw: logo(sharpThreadsLogo) },
  { file: "logo-groove-records.jpg", draw: logo(grooveRecordsLogo) },
];
