/**
 * The typed message contract between Uptake's contexts.
 *
 * Messages are named by direction (`to-background:*`, `to-pages:*`), validated
 * with zod on both ends, and carry aggregates only: never the API key, never
 * conversation content. Every request type maps to a response schema; `send()`
 * checks both. Requests marked privileged are refused unless they come from an
 * extension page (not from the content script on claude.ai); the content
 * script may send only `contentScriptTypes`, and gets only what the overlay
 * shows (content-script.ts).
 */
import { z } from 'zod';
import type { InsightModel } from '@/lib/metrics';
import type { PublicationGate } from '@/lib/metrics/publication-gate';
import type { ToolsDigest } from '@/lib/metrics/tools/digest';
import { digestWire } from '@/lib/companion/digest-wire';
import { teamPictureSchema } from '@/lib/snapshot/picture-schema';
import type { Settings } from '@/lib/store/settings';

export const syncProgress = z.object({
  state: z.enum(['running', 'done', 'failed']),
  phase: z.enum(['start', 'first-picture', 'history', 'refresh']),
  task: z.string().nullable(),
  pagesDone: z.number(),
  pagesPlanned: z.number(),
  requests: z.number(),
  rateLimited: z.number(),
  etaSeconds: z.number(),
  latestDay: z.string().nullable(),
  message: z.string().nullable(),
});
export type SyncProgressMessage = z.infer<typeof syncProgress>;

export const statusResponse = z.object({
  /** Display name of the organisation (settings; the demo org's name in demo mode). */
  orgName: z.string().nullable(),
  mode: z.enum(['no-key', 'live', 'demo']),
  /** Latest day held in the local history, YYYY-MM-DD. */
  latestDay: z.string().nullable(),
  lastSync: z
    .object({
      at: z.number(),
      outcome: z.enum(['ok', 'error', 'partial']),
      message: z.string().nullable(),
    })
    .nullable(),
  /** The running sync's progress, when one runs. */
  sync: syncProgress.nullable(),
  /** Issue 14 item 3: the host of the shared history shown (no own sync), else null. */
  sharedFrom: z.string().nullable().optional(),
  /** Whose history is shown: the active source's id (lib/store/sources.ts). */
  historyId: z.string().nullable().optional(),
  /** The browser's storage figures and, when its quota is near, the admin's warning (lib/store/quota-warning.ts). */
  storage: z
    .object({
      usage: z.number().nullable(),
      quota: z.number().nullable(),
      warning: z.string().nullable(),
    })
    .nullable()
    .optional(),
});
export type StatusResponse = z.infer<typeof statusResponse>;

export const keyStatusResponse = z.object({
  /** `sk-ant-api01-…7xQa`: enough to recognise a key, never the key. */
  hint: z.string().nullable(),
  persistence: z.enum(['device', 'session']).nullable(),
});

export const connectionResponse = z.object({
  ok: z.boolean(),
  message: z.string(),
  latestDay: z.string().nullable(),
});

export const ack = z.object({ ok: z.literal(true) });

/**
 * The insight model of lib/metrics (plain JSON). Checked here only for its
 * version: the background builds it, and its full type is InsightModel.
 */
export const insightModel = z.custom<InsightModel>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    (v as { version?: unknown }).version === 1 &&
    typeof (v as { scope?: { id?: unknown } }).scope?.id === 'string',
  'Not an insight model (version 1).',
);

export const scopeOption = z.object({
  id: z.string(),
  name: z.string().nullable(),
  kind: z.enum(['org', 'group']),
  /** Why the scope's figures are hidden (privacy floor), or null when shown. */
  hiddenBecause: z.string().nullable(),
});

export const insightsResponse = z.object({
  /** The model of the requested scope; null while nothing is synced yet or the scope is unknown. */
  model: insightModel.nullable(),
  /** Every scope that can be chosen: the org first, then groups by name. */
  scopes: z.array(scopeOption),
});

/** The popup's picture (lib/insights/popup-picture.ts): checked strictly as the popup receives it. */
export const popupPictureResponse = z.object({
  picture: teamPictureSchema.nullable(),
  scopes: z.array(scopeOption),
  orgName: z.string().nullable(),
});

/**
 * The publication gate (lib/metrics/publication-gate.ts): what extension
 * pages may publish beside the models. Checked for its shape's root only:
 * the background builds it. Privileged (it holds member ids).
 */
export const publicationGateResponse = z.object({
  gate: z
    .custom<PublicationGate>(
      (v) =>
        typeof v === 'object' &&
        v !== null &&
        Array.isArray((v as { groups?: unknown }).groups) &&
        typeof (v as { peopleShown?: unknown }).peopleShown === 'boolean',
      'Not a publication gate.',
    )
    .nullable(),
});

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * The companion's history answers (lib/insights/companion-reads.ts): the
 * page reads no member days, spend rows or summaries itself. Privileged.
 */
export const companionDigestResponse = z.object({ digest: digestWire });
export const companionSpendResponse = z.object({
  entries: z.array(
    z.object({
      day: isoDay,
      dimension: z.enum(['product+model', 'rbac_group_id', 'actor', 'other']),
      product: z.string().nullable(),
      model: z.string().nullable(),
      groupId: z.string().nullable(),
      actorEmail: z.string().nullable(),
      dollars: z.number(),
      requests: z.number().nullable(),
    }),
  ),
  skipped: z.number(),
});
export const orgSummarySeriesResponse = z.object({
  days: z.array(isoDay),
  daily: z.array(z.number().nullable()),
  weekly: z.array(z.number().nullable()),
  monthly: z.array(z.number().nullable()),
});

/**
 * The Tools view's digest (lib/insights/tools-reads.ts, issue 13): ChatGPT
 * beside Claude, built through the gate. Checked for its version only: the
 * background builds it. Null while no ChatGPT export is imported. Privileged.
 */
export const toolsDigestResponse = z.object({
  digest: z
    .custom<ToolsDigest>(
      (v) =>
        typeof v === 'object' &&
        v !== null &&
        (v as { version?: unknown }).version === 1 &&
        Array.isArray((v as { periods?: unknown }).periods),
      'Not a Tools digest (version 1).',
    )
    .nullable(),
});

const championParts = z.object({
  consistency: z.number(),
  breadth: z.number(),
  depth: z.number(),
  activeWeekdays: z.number(),
  windowWeekdays: z.number(),
  productsUsed: z.number(),
  skills: z.number(),
  connectors: z.number(),
  projects: z.number(),
  breadthSource: z.enum(['rollup', 'daily-max']),
  interactions: z.number(),
});

/** One champion row (lib/metrics/champions.ts `Champion`), checked field by field. */
export const championRow = z.object({
  memberId: z.string(),
  email: z.string().nullable(),
  score: z.number(),
  rank: z.number().int().min(1),
  parts: championParts,
  nameKey: z.string().nullable(),
});

/** The org's champions among the members a page shows (lib/insights/champion-rows.ts). */
export const championRowsResponse = z.object({ champions: z.array(championRow) });

/** At most this many emails and as many name keys in one `get-champion-rows` ask. */
export const championQueryLimit = 2000;

export const overlaySettingsResponse = z.object({
  features: z.record(z.string(), z.boolean()),
  dismissed: z.array(z.string()),
  snoozed: z.array(z.object({ id: z.string(), until: z.string() })),
});

/**
 * The settings in force after a write (stored settings with the managed policy
 * over them). Checked for its root only: the background parsed them.
 */
export const writeSettingsResponse = z.object({
  settings: z.custom<Settings>(
    (v) =>
      typeof v === 'object' &&
      v !== null &&
      typeof (v as { metrics?: unknown }).metrics === 'object' &&
      typeof (v as { features?: unknown }).features === 'object',
    'Not settings.',
  ),
});

/** Every request any context may send to the background, by type. */
export const toBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('to-background:get-status') }),
  z.object({ type: z.literal('to-background:page-recognised'), pageKind: z.string().max(40) }),
  z.object({
    type: z.literal('to-background:get-insights'),
    scope: z.string().max(200),
    /** Leave out member lists (dormant, never activated) that the surface does not show. */
    lean: z.boolean().optional(),
    /**
     * false: leave out the champion rows, their number kept in `champions.rowsLeftOut` (the
     * companion shows counts only; at 100,000 members the rows are most of a 1.8 MB answer).
     */
    championRows: z.boolean().optional(),
  }),
  z.object({ type: z.literal('to-background:get-overlay-settings') }),
  /**
   * The org's champion rows of the members a page shows, by email or name key
   * (the overlay's badges: its insights answer carries only the best few rows).
   * Members who are not champions get nothing.
   */
  z.object({
    type: z.literal('to-background:get-champion-rows'),
    emails: z.array(z.string().max(320)).max(championQueryLimit),
    nameKeys: z.array(z.string().max(200)).max(championQueryLimit),
  }),
  /**
   * The popup's picture of a scope, built and saved by the background (extension pages only).
   * No scope: the popup's remembered one (settings.popupScope), so the popup can ask before it
   * has read its settings (issue 12: entrypoints/popup/main.tsx).
   */
  z.object({
    type: z.literal('to-background:get-popup-picture'),
    scope: z.string().max(200).optional(),
  }),
  /** The publication gate of the current build (extension pages only). */
  z.object({ type: z.literal('to-background:get-publication-gate') }),
  /** The companion's MemberDigest of [loadFrom, to], built through the gate (extension pages only). */
  z.object({
    type: z.literal('to-background:get-companion-digest'),
    from: isoDay,
    to: isoDay,
    loadFrom: isoDay,
    weekdaysOnly: z.boolean(),
  }),
  /** The stored cost rows up to latestDay, as entries (extension pages only). */
  z.object({ type: z.literal('to-background:get-companion-spend'), latestDay: isoDay }),
  /** The org's /summaries over [from, to] as adoption-rate series (extension pages only). */
  z.object({ type: z.literal('to-background:get-org-summary-series'), from: isoDay, to: isoDay }),
  /** ChatGPT beside Claude: the Tools digest, built through the gate (extension pages only). */
  z.object({ type: z.literal('to-background:get-tools-digest') }),
  z.object({
    type: z.literal('to-background:update-suggestion'),
    id: z.string().max(300),
    action: z.enum(['dismiss', 'snooze', 'restore']),
    /** Snooze until this day (exclusive), YYYY-MM-DD. */
    until: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  }),
  /** Open an extension page in a tab (the overlay cannot link to one: pages are not web-accessible). */
  z.object({
    type: z.literal('to-background:open-extension-page'),
    page: z.enum(['options', 'companion']),
  }),
  z.object({ type: z.literal('to-background:get-key-status') }),
  z.object({
    type: z.literal('to-background:save-key'),
    key: z.string().min(1).max(400),
    persistence: z.enum(['device', 'session']),
  }),
  z.object({ type: z.literal('to-background:forget-key') }),
  z.object({
    type: z.literal('to-background:test-connection'),
    /** A key typed but not saved yet; without it the saved key is tested. */
    key: z.string().min(1).max(400).optional(),
  }),
  z.object({ type: z.literal('to-background:sync-now') }),
  z.object({ type: z.literal('to-background:set-demo'), enabled: z.boolean() }),
  /**
   * Erase the synced history on this device (options → clear local data): the
   * shown one, or with `source` another source's kept history (lib/store/sources.ts).
   */
  z.object({
    type: z.literal('to-background:clear-history'),
    source: z.string().min(1).max(100).optional(),
  }),
  z.object({ type: z.literal('to-background:history-changed') }),
  /** From the claude.ai bootstrap: the URL became an analytics page; inject the overlay here. */
  z.object({ type: z.literal('to-background:inject-overlay') }),
  /**
   * The admin's answer to "which organisation is this key for?": a kept
   * history's source id (the same organisation), or 'new' (another one).
   */
  z.object({
    type: z.literal('to-background:answer-organisation'),
    answer: z.string().min(1).max(100),
  }),
  /**
   * Change settings (extension pages only): the background checks the patch
   * field by field (lib/store/settings-patch.ts: settingsPatchSchema), refuses
   * it whole with a sentence when anything fails, and applies the managed
   * policy over it. Here only its shape: an object of at most the settings' fields.
   */
  z.object({
    type: z.literal('to-background:write-settings'),
    patch: z.record(z.string().max(40), z.unknown()),
  }),
  /** Forget one person (lib/store/forget.ts): by member id, or by email (contains "@"). */
  z.object({
    type: z.literal('to-background:forget-member'),
    who: z.string().trim().min(1).max(320),
  }),
]);
export type ToBackground = z.infer<typeof toBackground>;

/** Requests only extension pages may send (they touch the key or start work). */
export const privilegedTypes: ReadonlySet<ToBackground['type']> = new Set([
  'to-background:get-key-status',
  'to-background:save-key',
  'to-background:forget-key',
  'to-background:test-connection',
  'to-background:sync-now',
  'to-background:set-demo',
  'to-background:clear-history',
  'to-background:history-changed',
  'to-background:answer-organisation',
  'to-background:forget-member',
  'to-background:get-publication-gate',
  'to-background:get-popup-picture',
  'to-background:get-companion-digest',
  'to-background:get-companion-spend',
  'to-background:get-org-summary-series',
  'to-background:get-tools-digest',
  'to-background:write-settings',
]);

export const responseSchemas = {
  'to-background:get-status': statusResponse,
  'to-background:page-recognised': ack,
  'to-background:get-insights': insightsResponse,
  'to-background:get-popup-picture': popupPictureResponse,
  'to-background:get-overlay-settings': overlaySettingsResponse,
  'to-background:get-champion-rows': championRowsResponse,
  'to-background:get-publication-gate': publicationGateResponse,
  'to-background:get-companion-digest': companionDigestResponse,
  'to-background:get-companion-spend': companionSpendResponse,
  'to-background:get-org-summary-series': orgSummarySeriesResponse,
  'to-background:get-tools-digest': toolsDigestResponse,
  'to-background:update-suggestion': ack,
  'to-background:open-extension-page': ack,
  'to-background:get-key-status': keyStatusResponse,
  'to-background:save-key': keyStatusResponse,
  'to-background:forget-key': ack,
  'to-background:test-connection': connectionResponse,
  'to-background:sync-now': ack,
  'to-background:set-demo': ack,
  'to-background:clear-history': ack,
  'to-background:history-changed': ack,
  'to-background:inject-overlay': z.object({
    outcome: z.enum(['injected', 'not-claude', 'not-a-top-frame']),
  }),
  'to-background:answer-organisation': ack,
  'to-background:write-settings': writeSettingsResponse,
  'to-background:forget-member': z.object({
    memberId: z.string().nullable(),
    days: z.number(),
    rollups: z.number(),
    memberships: z.number(),
  }),
} satisfies Record<ToBackground['type'], z.ZodType>;

export type ResponseOf<T extends ToBackground['type']> = z.infer<(typeof responseSchemas)[T]>;

/** The error shape a handler returns instead of throwing across the boundary. */
export const messageError = z.object({ error: z.string() });

/** Broadcasts from the background to open extension pages. */
export const toPages = z.discriminatedUnion('type', [
  z.object({ type: z.literal('to-pages:sync-progress'), progress: syncProgress }),
]);
export type ToPages = z.infer<typeof toPages>;
