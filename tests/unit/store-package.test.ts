import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { codeAround, knownWarningFor, type LinterMessage } from '../../scripts/firefox-lint-rules';
import { iconFiles, iconSizes, iconSourceFor, renderPng } from '../../scripts/icons';
import { completeManifest, geckoId } from '../../scripts/store-build';

const svg = (size: (typeof iconSizes)[number]) =>
  readFileSync(`public/${iconSourceFor(size)}`, 'utf8');

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

/** RGBA pixels of the drawing at `size`, counted by kind: the terracotta tile, white strokes. */
function pixelKinds(size: number) {
  const { pixels } = new Resvg(svg(size as 16), { fitTo: { mode: 'width', value: size } }).render();
  let tile = 0;
  let white = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const [r, g, b, a] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!, pixels[i + 3]!];
    if (a < 250) continue;
    if (r > 240 && g > 240 && b > 240) white += 1;
    else if (Math.abs(r - 0xc9) < 8 && Math.abs(g - 0x64) < 8 && Math.abs(b - 0x42) < 8) tile += 1;
  }
  return { tile, white, all: size * size };
}

describe('icon', () => {
  it.each(iconSizes)('renders a %i px square PNG', (size) => {
    const png = renderPng(svg(size), size);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(pngSize(png)).toEqual([size, size]);
  });

  it.each([
    // size, at least this share of solid tile pixels, at least this many solid white stroke pixels
    [16, 0.5, 12],
    [32, 0.5, 60],
    [128, 0.5, 1200],
  ])('at %i px: mostly tile, with a trend line drawn in solid white', (size, tileShare, white) => {
    const k = pixelKinds(size);
    expect(k.tile / k.all).toBeGreaterThanOrEqual(tileShare);
    expect(k.white).toBeGreaterThanOrEqual(white);
  });

  it('draws 16 px from its own grid-aligned drawing', () => {
    expect(iconSourceFor(16)).toBe('icon-16.svg');
    expect(iconSourceFor(48)).toBe('icon.svg');
  });
});

describe('manifest for the store packages', () => {
  it('names the icons for the extension and the toolbar, in Chrome and Firefox', () => {
    const chrome: Record<string, any> = { action: { default_title: 'Uptake' } };
    completeManifest(chrome, 'chrome');
    expect(chrome.icons).toEqual({
      16: 'icon/16.png',
      32: 'icon/32.png',
      48: 'icon/48.png',
      128: 'icon/128.png',
    });
    expect(chrome.action.default_icon).toEqual(iconFiles);
    expect(chrome).not.toHaveProperty('browser_specific_settings');

    const firefox: Record<string, any> = { browser_action: { default_title: 'Uptake' } };
    completeManifest(firefox, 'firefox');
    expect(firefox.browser_action.default_icon).toEqual(iconFiles);
    expect(firefox.browser_specific_settings.gecko).toEqual({
      id: geckoId,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['authenticationInfo'] },
    });
  });

  it('keeps one add-on id, a GUID', () => {
    expect(geckoId).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
  });
});

describe('addons-linter warnings the Firefox package may carry', () => {
  const preact =
    'x;f?(s||p&&(f.__html==p.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),t.__k=[]):y';
  const zodProbe =
    'navigator?.userAgent?.includes(`Cloudflare`))return!1;try{return Function(``),!0}catch{return!1}';
  const at = (source: string, needle: string) => source.indexOf(needle) + 1;
  const msg = (code: string, column: number): LinterMessage => ({
    code,
    message: '',
    line: 1,
    column,
  });

  it.each([
    // what, linter code, source, where the linter points, known id or null
    ["Preact's innerHTML", 'UNSAFE_VAR_ASSIGNMENT', preact, 'e.innerHTML=f', 'preact-inner-html'],
    ["zod's eval probe", 'DANGEROUS_EVAL', zodProbe, 'Function(', 'zod-eval-probe'],
    ['our own innerHTML', 'UNSAFE_VAR_ASSIGNMENT', 'el.innerHTML=userText;', 'el.innerHTML', null],
    ['an eval of ours', 'DANGEROUS_EVAL', 'run(new Function(code))', 'new Function', null],
    ['a known pattern under another code', 'DANGEROUS_EVAL', preact, 'e.innerHTML=f', null],
    ['a manifest warning', 'MISSING_ADDON_ID', preact, 'e.innerHTML=f', null],
  ])('%s → %s', (_what, code, source, needle, known) => {
    expect(knownWarningFor(msg(code, at(source, needle)), source)?.id ?? null).toBe(known);
  });

  it('reads no code for a message without a position', () => {
    expect(codeAround('abc', undefined, undefined)).toBe('');
    expect(knownWarningFor({ code: 'DANGEROUS_EVAL', message: '' }, zodProbe)).toBeNull();
  });
});
