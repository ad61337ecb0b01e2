/**
 * What an overlay feature is (one per file in
 * entrypoints/analytics.content/features/, after refined-github).
 *
 * A feature declares where it runs (`include` / `exclude` predicates over
 * the recognised page), what it anchors on (in words, for the insights
 * panel), and a "how to verify" note; `init` registers its watches and
 * returns. Everything it mounts goes when its signal aborts (navigation,
 * teardown, the extension reloading).
 */
import type { VNode } from 'preact';
import type { AnalyticsPage } from '@/lib/claude/pages';
import type { DataLoader } from '@/lib/overlay/data';
import type { Island, IslandOptions } from '@/lib/overlay/mount';
import type { OverlayData, Store } from '@/lib/overlay/store';
import type { HostTheme } from '@/lib/claude/theme';

export type PagePredicate = (page: AnalyticsPage) => boolean;

export interface FeatureContext {
  page: AnalyticsPage;
  signal: AbortSignal;
  doc: Document;
  store: Store<OverlayData>;
  loader: DataLoader;
  /** Everything the page's features have found (or not), for the insights panel. */
  anchors: Store<AnchorReport>;
  theme(): HostTheme;
  /**
   * Watch for anchors: `find` runs over the document and every subtree the
   * page adds later; `onFound` gets each match (again on every rescan).
   */
  watch(find: (root: Element) => Iterable<Element>, onFound: (el: Element) => void): void;
  /** Mount an island for this feature (idempotent; see lib/overlay/mount.ts). */
  mount(options: Omit<IslandOptions, 'feature'>): Island | null;
  /** Report that this feature found its place on the page (even if it shows nothing there). */
  found(): void;
  /**
   * What this feature shows in the fallback place (the insights panel at the
   * top of the main content) while its anchor is missing on this page: its
   * content on a host of its own (`data-uptake` = its id). Features that
   * report what they look for declare one.
   */
  fallback(render: () => VNode<any>): void;
}

export interface OverlayFeature {
  /** Also the value of `data-uptake` on its hosts and its switch in settings. */
  id: string;
  /** What the admin sees, in one line. */
  description: string;
  /** Runs on a page matched by any of these… */
  include: PagePredicate[];
  /** …and by none of these. */
  exclude: PagePredicate[];
  /**
   * What it anchors on here, in words ("the “Active members and assigned
   * seats” chart"), or null when a missing anchor is not worth reporting.
   */
  lookingFor(page: AnalyticsPage): string | null;
  /** How to check it by hand on a replica page. */
  verify: string;
  init(ctx: FeatureContext): void;
}

/** Per feature on the current page: what it looks for, whether it found it, and its fallback. */
export type AnchorReport = Record<string, AnchorEntry>;

export interface AnchorEntry {
  lookingFor: string;
  found: boolean;
  /** Mount the feature's fallback island inside `slot` (null when it is mounted already). */
  fallback?: (slot: Element) => Island | null;
}

/** Identity helper that keeps a feature's type checked where it is declared. */
export function defineFeature(feature: OverlayFeature): OverlayFeature {
  return feature;
}
