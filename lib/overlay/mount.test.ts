// @vitest-environment happy-dom
import { h } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ANCHOR_MARK, createIslands } from './mount';

const CSS = '.x{color:red}';

beforeEach(() => {
  document.body.innerHTML =
    '<main><div id="panel"><div id="row"><h3>Title</h3></div><p id="body">chart</p></div></main>';
});

const islands = (onError = vi.fn()) => createIslands(document, CSS, 'light', onError);
const hosts = () => [...document.querySelectorAll('[data-uptake]')];

describe('createIslands', () => {
  it('mounts one island per anchor, feature and key, marks the anchor, and renders into a shadow root', () => {
    const i = islands();
    const row = document.getElementById('row')!;
    const opts = {
      feature: 'target-strip',
      anchor: row,
      where: 'afterend' as const,
      render: () => h('p', null, 'strip'),
    };
    expect(i.mount(opts)).not.toBeNull();
    expect(i.mount(opts)).toBeNull();
    expect(hosts()).toHaveLength(1);
    const host = hosts()[0]!;
    expect(host.previousElementSibling).toBe(row);
    expect(host.getAttribute('data-theme')).toBe('light');
    // The stylesheet: one constructed sheet adopted by every root (or a <style> where unavailable).
    const shadow = host.shadowRoot!;
    if (shadow.adoptedStyleSheets.length)
      expect(shadow.adoptedStyleSheets[0]!.cssRules).toHaveLength(1);
    else expect(shadow.querySelector('style')!.textContent).toBe(CSS);
    expect(host.shadowRoot!.textContent).toContain('strip');
    expect(row.getAttribute(ANCHOR_MARK)).toBe('target-strip');
    // Another key on the same anchor is another island; both features' ids mark it.
    i.mount({ ...opts, key: 'b' });
    i.mount({ ...opts, feature: 'metric-tooltip', where: 'beforeend', inline: true });
    expect(hosts()).toHaveLength(3);
    expect(row.getAttribute(ANCHOR_MARK)).toBe('target-strip metric-tooltip');
    const sheets = hosts().map((x) => x.shadowRoot!.adoptedStyleSheets[0]);
    expect(new Set(sheets).size).toBe(1);
  });

  it('sweeps islands the page detached, and mounts again afterwards', () => {
    const i = islands();
    const row = document.getElementById('row')!;
    const opts = {
      feature: 'f',
      anchor: row,
      where: 'afterend' as const,
      render: () => h('p', null, 'x'),
    };
    i.mount(opts);
    hosts()[0]!.remove(); // a framework re-render dropped our node
    expect(i.sweep()).toBe(true);
    expect(i.sweep()).toBe(false);
    expect(row.hasAttribute(ANCHOR_MARK)).toBe(false);
    expect(i.mount(opts)).not.toBeNull();
    expect(hosts()).toHaveLength(1);
  });

  it('unmountAll leaves the page as it was: no hosts, no marks', () => {
    const before = document.body.innerHTML;
    const i = islands();
    i.mount({
      feature: 'a',
      anchor: document.getElementById('row')!,
      where: 'afterend',
      render: () => h('p', null),
    });
    i.mount({
      feature: 'b',
      anchor: document.getElementById('body')!,
      where: 'beforeend',
      inline: true,
      render: () => h('p', null),
    });
    i.unmountAll('a');
    expect(hosts().map((x) => x.getAttribute('data-uptake'))).toEqual(['b']);
    i.unmountAll();
    expect(document.body.innerHTML).toBe(before);
  });

  it('follows the theme', () => {
    const i = islands();
    i.mount({
      feature: 'a',
      anchor: document.getElementById('row')!,
      where: 'afterend',
      render: () => h('p', null),
    });
    i.setTheme('dark');
    expect(hosts()[0]!.getAttribute('data-theme')).toBe('dark');
  });

  it('stops clicks and keys at the island so the page never acts on them', () => {
    const i = islands();
    i.mount({
      feature: 'a',
      anchor: document.getElementById('row')!,
      where: 'afterend',
      render: () => h('button', { id: 'b' }, 'go'),
    });
    const pageHeard = vi.fn();
    document.addEventListener('click', pageHeard);
    const button = hosts()[0]!.shadowRoot!.getElementById('b')!;
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(pageHeard).not.toHaveBeenCalled();
    document.removeEventListener('click', pageHeard);
  });

  it('a render error shows nothing and is reported with the feature id', async () => {
    const onError = vi.fn();
    const i = islands(onError);
    const Boom = () => {
      throw new Error('boom');
    };
    i.mount({
      feature: 'broken',
      anchor: document.getElementById('row')!,
      where: 'afterend',
      render: () => h(Boom as any, null),
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(onError).toHaveBeenCalledWith('broken', expect.any(Error));
    expect(hosts()[0]!.shadowRoot!.querySelector('.root')!.childNodes).toHaveLength(0);
  });
});
