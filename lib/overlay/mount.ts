/**
 * Mounting Preact "islands" into shadow roots beside native anchors.
 *
 * Each island is a host element `<uptake-overlay data-uptake="<feature-id>">`
 * with an open shadow root holding the overlay's stylesheet (one constructed
 * sheet adopted by every root, or a `<style>` where that is unavailable) and
 * a Preact tree. Mounting is idempotent: one island per anchor, feature and key; the
 * anchor is marked `data-uptake-anchor="<feature-id> …"` while it carries one.
 * `sweep()` unmounts islands whose host the page detached (a re-render), so
 * the next scan mounts a fresh one. Events that bubble out of an island
 * (clicks, keys) stop at its root, so the page never acts on them.
 *
 * Why not WXT's createShadowRootUi: it is asynchronous (it fetches the
 * entry's CSS for every UI) and wraps each root in a document of its own;
 * a page can hold dozens of badges, mounted synchronously with one stylesheet.
 */
import { Component, h, render, type ComponentChildren, type VNode } from 'preact';
import type { HostTheme } from '@/lib/claude/theme';

export const ANCHOR_MARK = 'data-uptake-anchor';
const HOST_TAG = 'uptake-overlay';
const ISOLATED_EVENTS = [
  'click',
  'dblclick',
  'mousedown',
  'pointerdown',
  'keydown',
  'keyup',
  'keypress',
];

export type Where = 'beforebegin' | 'afterbegin' | 'beforeend' | 'afterend';

export interface IslandOptions {
  feature: string;
  /** The element the island is placed relative to (and marked). */
  anchor: Element;
  where: Where;
  /** Tells several islands of one feature on one anchor apart. */
  key?: string;
  /** An inline island (badge, icon) rather than a block (strip, card). */
  inline?: boolean;
  render: () => VNode<any>;
}

export interface Island {
  feature: string;
  key: string;
  anchor: Element;
  host: HTMLElement;
  unmount(): void;
}

export interface Islands {
  /** Mount (or keep) the island; null when this one is already mounted and attached. */
  mount(options: IslandOptions): Island | null;
  /** Unmount islands whose host left the document; true when any did. */
  sweep(): boolean;
  /** Unmount every island of a feature (all when no feature given). */
  unmountAll(feature?: string): void;
  setTheme(theme: HostTheme): void;
  list(): Island[];
}

class Boundary extends Component<{ onError: (e: unknown) => void; children?: ComponentChildren }> {
  override state = { failed: false };
  override componentDidCatch(error: unknown) {
    this.setState({ failed: true });
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

function mark(anchor: Element, feature: string, on: boolean) {
  const tokens = new Set((anchor.getAttribute(ANCHOR_MARK) ?? '').split(' ').filter(Boolean));
  if (on) tokens.add(feature);
  else tokens.delete(feature);
  if (tokens.size) anchor.setAttribute(ANCHOR_MARK, [...tokens].join(' '));
  else anchor.removeAttribute(ANCHOR_MARK);
}

/**
 * The islands of one page.
 * @param css the overlay stylesheet, put in every shadow root.
 * @param onError a render error in a feature's island (the island renders nothing).
 */
export function createIslands(
  doc: Document,
  css: string,
  initialTheme: HostTheme | (() => HostTheme),
  onError: (feature: string, error: unknown) => void,
): Islands {
  const byAnchor = new WeakMap<Element, Map<string, Island>>();
  const all = new Set<Island>();
  let themeNow = typeof initialTheme === 'function' ? initialTheme : () => initialTheme;
  // One stylesheet object shared by every shadow root (parsed once); a <style> per root
  // where constructed stylesheets cannot be adopted (older engines, some content-script worlds).
  let shared: CSSStyleSheet | null | undefined;
  const adopt = (shadow: ShadowRoot): boolean => {
    try {
      if (shared === undefined) {
        const View = doc.defaultView as (Window & typeof globalThis) | null;
        shared = View && 'adoptedStyleSheets' in shadow ? new View.CSSStyleSheet() : null;
        shared?.replaceSync(css);
      }
      if (!shared) return false;
      shadow.adoptedStyleSheets = [shared];
      return shadow.adoptedStyleSheets.length === 1;
    } catch {
      shared = null;
      return false;
    }
  };

  const mount = (o: IslandOptions): Island | null => {
    const key = `${o.feature}|${o.key ?? ''}`;
    const existing = byAnchor.get(o.anchor)?.get(key);
    if (existing) {
      if (existing.host.isConnected && existing.anchor.isConnected) return null;
      existing.unmount();
    }
    const host = doc.createElement(HOST_TAG);
    host.setAttribute('data-uptake', o.feature);
    host.setAttribute('data-theme', themeNow());
    if (o.inline) host.setAttribute('data-inline', '');
    const shadow = host.attachShadow({ mode: 'open' });
    const root = doc.createElement('div');
    root.className = 'root';
    for (const type of ISOLATED_EVENTS) root.addEventListener(type, (e) => e.stopPropagation());
    if (!adopt(shadow)) {
      const style = doc.createElement('style');
      style.textContent = css;
      shadow.append(style);
    }
    shadow.append(root);
    render(h(Boundary, { onError: (e: unknown) => onError(o.feature, e) }, o.render()), root);
    o.anchor.insertAdjacentElement(o.where, host);
    mark(o.anchor, o.feature, true);

    const island: Island = {
      feature: o.feature,
      key,
      anchor: o.anchor,
      host,
      unmount() {
        if (!all.delete(island)) return;
        byAnchor.get(o.anchor)?.delete(key);
        render(null, root);
        host.remove();
        const others = byAnchor.get(o.anchor);
        if (![...(others?.values() ?? [])].some((i) => i.feature === o.feature))
          mark(o.anchor, o.feature, false);
      },
    };
    let map = byAnchor.get(o.anchor);
    if (!map) byAnchor.set(o.anchor, (map = new Map()));
    map.set(key, island);
    all.add(island);
    return island;
  };

  return {
    mount,
    sweep() {
      let swept = false;
      for (const island of [...all]) {
        if (island.host.isConnected && island.anchor.isConnected) continue;
        island.unmount();
        swept = true;
      }
      return swept;
    },
    unmountAll(feature) {
      for (const island of [...all]) if (!feature || island.feature === feature) island.unmount();
    },
    setTheme(next) {
      themeNow = () => next;
      for (const island of all) island.host.setAttribute('data-theme', next);
    },
    list: () => [...all],
  };
}
