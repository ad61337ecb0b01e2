/**
 * Uptake's icon, rendered at build time.
 *
 * The drawings live in `public/` as SVG: `icon.svg` (the tile with a rising
 * trend line and an arrow head) for 32, 48 and 128 px, and `icon-16.svg`, the
 * same mark redrawn on a 16 px grid with 2 px strokes so the toolbar icon stays
 * legible. `renderIcons` turns them into the PNGs the manifest names
 * (`icon/16.png` … `icon/128.png`) with @resvg/resvg-js, a self-contained SVG
 * renderer (no browser, no system library), so every build makes the same
 * pixels from the sources in the repo.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** The sizes browsers ask for: toolbar (16, 32 on high-DPI), extensions page (48), store (128). */
export const iconSizes = [16, 32, 48, 128] as const;
export type IconSize = (typeof iconSizes)[number];

/** The SVG files in `public/` the icons are drawn from (not shipped themselves). */
export const iconSources = ['icon.svg', 'icon-16.svg'] as const;

/** Where each size lands in the extension, e.g. `{ 16: 'icon/16.png', … }` (the manifest's `icons`). */
export const iconFiles = Object.fromEntries(
  iconSizes.map((size) => [size, `icon/${size}.png`]),
) as Record<IconSize, string>;

/** The SVG source of a size: the 16 px drawing for 16, the full drawing otherwise. */
export function iconSourceFor(size: IconSize): (typeof iconSources)[number] {
  return size === 16 ? 'icon-16.svg' : 'icon.svg';
}

/** A PNG of `svg` at `size` × `size` pixels. */
export function renderPng(svg: string, size: number): Buffer {
  const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
  if (rendered.width !== size || rendered.height !== size)
    throw new Error(
      `The icon drawing is not square: it rendered at ${rendered.width}×${rendered.height} px for ${size} px.`,
    );
  return rendered.asPng();
}

/**
 * Renders every size from the SVGs in `publicDir` into `outDir` and returns
 * each PNG's absolute path with its place in the extension.
 */
export function renderIcons(
  publicDir: string,
  outDir: string,
): { absoluteSrc: string; relativeDest: string }[] {
  mkdirSync(outDir, { recursive: true });
  return iconSizes.map((size) => {
    const svg = readFileSync(path.join(publicDir, iconSourceFor(size)), 'utf8');
    const absoluteSrc = path.join(outDir, `${size}.png`);
    writeFileSync(absoluteSrc, renderPng(svg, size));
    return { absoluteSrc, relativeDest: iconFiles[size] };
  });
}
