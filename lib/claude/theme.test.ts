// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { detectTheme, luminanceOf } from './theme';

describe('luminanceOf', () => {
  const cases: [string, number | null][] = [
    ['rgb(255, 255, 255)', 1],
    ['rgb(0, 0, 0)', 0],
    ['rgba(0, 0, 0, 0)', null],
    ['rgb(0 0 0 / 20%)', null],
    ['transparent', null],
  ];
  for (const [color, lum] of cases)
    it(color, () => {
      const got = luminanceOf(color);
      if (lum === null) expect(got).toBeNull();
      else expect(got).toBeCloseTo(lum, 5);
    });
  it("claude.ai's dark background is dark, its light one light", () => {
    expect(luminanceOf('rgb(38, 38, 36)')!).toBeLessThan(0.2);
    expect(luminanceOf('rgb(250, 249, 245)')!).toBeGreaterThan(0.9);
  });
});

describe('detectTheme', () => {
  afterEach(() => {
    const html = document.documentElement;
    for (const a of ['data-theme', 'data-mode', 'class', 'style']) html.removeAttribute(a);
    document.body.removeAttribute('style');
  });
  const cases: [string, (html: HTMLElement) => void, 'light' | 'dark'][] = [
    ['data-theme="dark"', (h) => h.setAttribute('data-theme', 'dark'), 'dark'],
    ['data-mode="dark"', (h) => h.setAttribute('data-mode', 'dark'), 'dark'],
    ['class="dark"', (h) => h.classList.add('dark'), 'dark'],
    [
      'data-theme="light" wins over class dark',
      (h) => (h.setAttribute('data-theme', 'light'), h.classList.add('dark')),
      'light',
    ],
    [
      'a dark body background',
      () => (document.body.style.backgroundColor = 'rgb(38, 38, 36)'),
      'dark',
    ],
    [
      'a light body background',
      () => (document.body.style.backgroundColor = 'rgb(250, 249, 245)'),
      'light',
    ],
  ];
  for (const [name, set, theme] of cases)
    it(name, () => {
      set(document.documentElement);
      expect(detectTheme(document)).toBe(theme);
    });
});
