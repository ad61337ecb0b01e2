// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalyticsPage } from '@/lib/claude/pages';
import type { DataLoader } from './data';
import { defineFeature, type AnchorReport, type OverlayFeature } from './feature';
import { createIslands } from './mount';
import { createWatcher } from './observe';
import { runFeatures, runFeaturesPaced, type PageRuntime } from './run';
import { createStore, initialData, type OverlayData } from './store';

const overview: AnalyticsPage = { kind: 'overview' };

const running: PageRuntime[] = [];
afterEach(() => {
  for (const rt of running.splice(0)) {
    rt.watcher.stop();
    rt.islands.unmountAll();
  }
});

function runtime(features: Record<string, boolean> = {}): PageRuntime {
  const islands = createIslands(document, '', 'light', vi.fn());
  const rt: PageRuntime = {
    doc: document,
    store: createStore<OverlayData>({
      ...initialData,
      phase: 'ready',
      settings: { features, dismissed: [], snoozed: [] },
    }),
    loader: {} as DataLoader,
    anchors: createStore<AnchorReport>({}),
    watcher: createWatcher(document, islands.sweep),
    islands,
    theme: () => 'light',
  };
  running.push(rt);
  return rt;
}

function badge(id: string, extra: Partial<OverlayFeature> = {}): OverlayFeature {
  return defineFeature({
    id,
    description: id,
    include: [() => true],
    exclude: [],
    lookingFor: () => `the ${id} anchor`,
    verify: 'test',
    init(ctx) {
      ctx.watch(
        (root) => root.querySelectorAll('h3'),
        (el) => {
          ctx.found();
          ctx.mount({ anchor: el, where: 'afterend', render: () => h('i', null, id) });
        },
      );
    },
    ...extra,
  });
}

const ids = () =>
  [...document.querySelectorAll('[data-uptake]')].map((e) => e.getAttribute('data-uptake'));

beforeEach(() => {
  document.body.innerHTML = '<main><h3>Anchor</h3></main>';
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('runFeatures', () => {
  it('a feature that throws in init or in its watch never stops the others, and is logged without secrets', () => {
    const rt = runtime();
    const page = new AbortController();
    const started = runFeatures(
      [
        badge('a'),
        badge('b', {
          init: () => {
            throw new Error('key sk-ant-api01-SECRET leaked?');
          },
        }),
        badge('c', {
          init: (ctx) =>
            ctx.watch(
              () => {
                throw new Error('bad');
              },
              () => undefined,
            ),
        }),
        badge('d'),
      ],
      overview,
      rt,
      page.signal,
    );
    expect(started).toEqual(['a', 'c', 'd']);
    expect(new Set(ids())).toEqual(new Set(['a', 'd']));
    const logged = (console.warn as any).mock.calls.map((c: unknown[]) => String(c[0]));
    expect(logged.some((l: string) => l.includes('[Uptake] b failed') && l.includes('[key]'))).toBe(
      true,
    );
    expect(logged.join(' ')).not.toContain('SECRET');
  });

  it('skips switched-off features and those whose predicates exclude the page', () => {
    const rt = runtime({ b: false });
    const started = runFeatures(
      [badge('a'), badge('b'), badge('c', { exclude: [(p) => p.kind === 'overview'] })],
      overview,
      rt,
      new AbortController().signal,
    );
    expect(started).toEqual(['a']);
  });

  it('reports which features found their anchors; aborting the page removes all it mounted', async () => {
    const rt = runtime();
    const page = new AbortController();
    runFeatures([badge('a'), badge('late', { init: () => undefined })], overview, rt, page.signal);
    expect(rt.anchors.get()).toEqual({
      a: { lookingFor: 'the a anchor', found: true },
      late: { lookingFor: 'the late anchor', found: false },
    });
    page.abort();
    expect(ids()).toEqual([]);
    expect(document.querySelector('h3')!.hasAttribute('data-uptake-anchor')).toBe(false);
  });
});

describe('runFeaturesPaced', () => {
  it('starts one feature per task, yielding in between, and stops when the page goes', async () => {
    const rt = runtime();
    const page = new AbortController();
    const order: string[] = [];
    const pause = vi.fn(async () => {
      order.push('yield');
      if (order.filter((x) => x === 'yield').length === 2) page.abort();
    });
    const track = (id: string) => badge(id, { init: () => void order.push(id) });
    const started = await runFeaturesPaced(
      [track('a'), track('b'), track('c'), track('d')],
      overview,
      rt,
      page.signal,
      pause,
    );
    expect(order).toEqual(['a', 'yield', 'b', 'yield']);
    expect(started).toEqual(['a', 'b']);
  });
});

describe('fallbacks', () => {
  it('a feature that reports what it looks for declares a fallback, mounted under its own id', () => {
    const rt = runtime();
    const page = new AbortController();
    const withFallback = badge('strip', {
      init: (ctx) => ctx.fallback(() => h('b', null, 'strip content')),
    });
    const unreported = badge('quiet', {
      lookingFor: () => null,
      init: (ctx) => ctx.fallback(() => h('b', null, 'never')),
    });
    runFeatures([withFallback, unreported], overview, rt, page.signal);
    const report = rt.anchors.get();
    expect(Object.keys(report)).toEqual(['strip']);
    expect(report.strip!.found).toBe(false);
    const slot = document.createElement('section');
    document.body.append(slot);
    const island = report.strip!.fallback!(slot)!;
    expect(island.host.getAttribute('data-uptake')).toBe('strip');
    expect(island.host.parentElement).toBe(slot);
    expect(island.host.shadowRoot!.textContent).toBe('strip content');
    // Mounted once: asking again while it is attached gives nothing new.
    expect(report.strip!.fallback!(slot)).toBeNull();
    // The page goes: the fallback goes with the feature, and cannot come back.
    page.abort();
    expect(slot.children.length).toBe(0);
    expect(report.strip!.fallback!(slot)).toBeNull();
  });
});
