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

/** Per feature on the current page: what it looks for and whether it found it. */
export type AnchorReport = Record<string, { lookingFor: string; found: boolean }>;

/** Identity helper that keeps a feature's type checked where it is declared. */
export function defineFeature(feature: OverlayFeature): OverlayFeature {
  return feature;
}
