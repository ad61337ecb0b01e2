/**
 * Background service worker: wiring only. The message router, the sync
 * controller and its alarms. It is the only context that reads the API key.
 */
import {
  insightsFor,
  allInsights,
  insightsBuilt,
  insightsKey,
  invalidateInsights,
  publicationGate,
} from '@/lib/insights/service';
import {
  answerSlot,
  forgetKeptAnswers,
  keepAnswer,
  keptAnswer,
  keptGeneration,
} from '@/lib/insights/kept-answers';
import { setupReviewReminders } from '@/lib/companion/review-reminders';
import {
  readCompanionDigest,
  readCompanionSpend,
  readOrgSummarySeries,
} from '@/lib/insights/companion-reads';
import { toolsDigest } from '@/lib/insights/tools-reads';
import { championRowsFor, withoutChampionRows } from '@/lib/insights/champion-rows';
import { createSettingsMemo } from '@/lib/insights/settings-memo';
import { dayInZone } from '@/lib/metrics/days';
import { popupPicture } from '@/lib/insights/popup-picture';
import type { InsightModel } from '@/lib/metrics';
import { createRouter } from '@/lib/messages/router';
import { injectOverlay, type ScriptingApi } from '@/lib/overlay/inject';
import { readStorageStatus } from '@/lib/store/storage-estimate';
import type { StatusResponse, SyncProgressMessage } from '@/lib/messages/contract';
import { clearHistory, getMeta, readSyncLog, setMeta } from '@/lib/store/history';
import { enforcePolicy, readPolicy } from '@/lib/store/managed';
import { refreshSharedHistory } from '@/lib/shared-source/refresh';
import { refreshSharedSnapshot } from '@/lib/shared-source/snapshot-refresh';
import { dropLegacyPseudonymSalt } from '@/lib/store/legacy-salt';
import { readRegistry, registryKey } from '@/lib/store/active-history';
import {
  deleteKeptHistory,
  ensureRegistry,
  onKeyForgotten,
  recordActiveName,
} from '@/lib/store/source-switch';
import { answerAndSync, saveKeyAndSync, setDemoAndSync } from '@/lib/sync/source-actions';
import { demoName } from '@/lib/store/sources';
import { apiKeyHint, forgetApiKey, readApiKey } from '@/lib/store/secrets';
import {
  isFeatureOn,
  onSettingsChanged,
  overlayFeatureIds,
  readSettings,
  writeSettings,
} from '@/lib/store/settings';
import { forgetMember } from '@/lib/store/forget';
import { writeSettingsPatch } from '@/lib/store/settings-patch';
import { holdStateUntil, removeState } from '@/lib/store/state';
import { moveStateOutOfLocal } from '@/lib/store/state-migrate';
import {
  chooseClient,
  clientForKey,
  createSyncController,
  hasUnfinishedSync,
  isDemoMember,
  resumeAlarm,
  syncAlarm,
  testConnection,
} from '@/lib/sync/controller';

/** Scheduled syncs: the API publishes a day at about 13:00–13:30 UTC; every 6 hours catches it the same day. */
const syncEveryMinutes = 6 * 60;

export default defineBackground(() => {
  const controller = createSyncController({
    onProgress: (progress) => {
      if (progress.state !== 'running' || progress.pagesDone % 25 === 0) {
        invalidateInsights();
        forgetStatus();
      }
      const message = { type: 'to-pages:sync-progress', progress } as const;
      // No page may be open to hear it; that is fine.
      browser.runtime.sendMessage(message).catch(() => undefined);
    },
    scheduleResume: () => void browser.alarms.create(resumeAlarm, { delayInMinutes: 1 }),
    // Issue 14 item 3: a shared history URL replaces the API sync (lib/shared-source/refresh.ts).
    refreshShared: async (urls, signal) => {
      const deps = {
        now: () => Date.now(),
        hasPermission: (origin: string) => browser.permissions.contains({ origins: [origin] }),
        signal,
      };
      if (urls.history) {
        const outcome = await refreshSharedHistory(urls.history, {
          ...deps,
          policyFingerprint: (await readPolicy()).policy.sharedHistoryFingerprint ?? null,
        });
        invalidateInsights();
        if (outcome.changed) await removeState(['popupCache']).catch(() => undefined);
      }
      // A lead's team snapshot: the popup reads it from storage (lib/snapshot/trusted.ts).
      if (urls.snapshot) await refreshSharedSnapshot(urls.snapshot, deps);
      forgetStatus();
    },
  });

  // The settings kept in memory between asks (lib/insights/settings-memo.ts): forgotten on every
  // settings change notice (any context, this one included) and after this worker's own writes.
  const settingsMemo = createSettingsMemo(readSettings);
  const currentSettings = () => settingsMemo.read();
  /** `work`, then the kept settings forgotten (it may have written them), whether it failed or not. */
  const thenForgetSettings = <T>(work: Promise<T>): Promise<T> =>
    work.finally(() => settingsMemo.forget());
  const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const insightOptions = async () => {
    const settings = await currentSettings();
    return {
      now: Date.now(),
      timeZone: timeZone(),
      // With this build's version: an update may compute a figure differently (a fix, a new
      // field), so an answer the previous release kept on disk is rebuilt (upgrade-recent.spec.ts).
      settingsKey: JSON.stringify({
        build: browser.runtime.getManifest().version,
        metrics: settings.metrics,
        teamSource: settings.teamSource,
      }),
      // The build uses these very settings, so a model is never kept under another's key.
      settings,
    };
  };
  // New history or new settings: models are rebuilt on the next request. Settings live in the
  // extension's IndexedDB (lib/store/state.ts); their changes come through onSettingsChanged.
  let lastSettings: Promise<Awaited<ReturnType<typeof readSettings>> | null> =
    Promise.resolve(null);
  // (Set once the move below is under way: readSettings waits for it.)
  onSettingsChanged(() => {
    settingsMemo.forget();
    const before = lastSettings;
    lastSettings = readSettings().catch(() => null);
    forgetStatus();
    void scheduleSyncAlarm();
    void Promise.all([before, lastSettings]).then(([old, now]) => {
      // Only the insight settings change models (not e.g. the popup's remembered scope).
      const metricsOf = (v: typeof old) => JSON.stringify([v?.metrics, v?.teamSource]);
      if (metricsOf(old) !== metricsOf(now)) invalidateInsights();
      // The organisation's name is kept with its history (lib/store/sources.ts).
      if ((old?.orgName ?? null) !== (now?.orgName ?? null))
        void recordActiveName(now?.orgName ?? null).catch(() => undefined);
      // A shared history URL set or changed (options or policy): read it now, after any API sync stops.
      const shared = now?.sharedHistoryUrl ?? null;
      const team = now?.sharedSnapshotUrl ?? null;
      if (
        old &&
        ((shared !== null && shared !== (old.sharedHistoryUrl ?? null)) ||
          (team !== null && team !== (old.sharedSnapshotUrl ?? null)))
      )
        void controller.stop().then(() => controller.start());
    });
  });
  browser.storage.onChanged.addListener((changes, area) => {
    // Another source's history is shown: models, status and the popup's last picture are not its.
    const activeOf = (v: unknown) => (v as { active?: string } | undefined)?.active;
    if (area === 'local' && changes[registryKey]) {
      invalidateInsights();
      forgetStatus();
      if (activeOf(changes[registryKey].oldValue) !== activeOf(changes[registryKey].newValue))
        void removeState(['popupCache']).catch(() => undefined);
    }
    // Enterprise policy changed: copy the managed values into settings (lib/store/managed.ts).
    if (area === 'managed') void thenForgetSettings(enforcePolicy()).catch(() => undefined);
  });
  // Settings, the popup's picture and the team snapshot leave storage.local (once), before policy
  // applies; no settings are read here until then (a model never uses the defaults by mistake).
  const moved = moveStateOutOfLocal().catch(() => undefined);
  holdStateUntil(moved);
  lastSettings = readSettings().catch(() => null);
  void moved.then(() => thenForgetSettings(enforcePolicy())).catch(() => undefined);

  /** The answer to `get-insights`; `championRows: false` leaves the rows out (the companion). */
  const insightsAnswer = async (scope: string, lean?: boolean, championRows = true) => {
    const answer = await answerWithRows(scope, lean);
    return championRows ? answer : withoutChampionRows(answer);
  };
  /**
   * The answer of `freshInsightsAnswer`, or the one kept on disk for the same build while the
   * models are not in memory (a worker the browser stopped: lib/insights/kept-answers.ts). Kept
   * with the champion rows, so one kept answer serves the overlay, popup and companion.
   */
  const answerWithRows = async (scope: string, lean?: boolean) => {
    const options = await insightOptions();
    const key = await insightsKey(options);
    const slot = answerSlot(scope, lean);
    if (!insightsBuilt(key)) {
      const kept = await keptAnswer(key, slot).catch(() => null);
      if (kept) return kept;
    }
    const since = keptGeneration();
    const answer = await freshInsightsAnswer(scope, lean, options);
    void keepAnswer(key, slot, answer, since).catch(() => undefined);
    return answer;
  };

  /** The model of `scope` (member lists left out when `lean`) and every scope that can be chosen. */
  const freshInsightsAnswer = async (
    scope: string,
    lean: boolean | undefined,
    options: Awaited<ReturnType<typeof insightOptions>>,
  ) => {
    const all = await allInsights(options);
    if (!all) return { model: null, scopes: [] };
    const scopes = [
      all.org,
      ...[...all.groups].sort((a, b) => (a.scope.name ?? '').localeCompare(b.scope.name ?? '')),
      // Issue 11 item 2: the hidden groups together, when the gate publishes the row.
      ...(all.otherGroups ? [all.otherGroups] : []),
    ].map((m) => ({
      id: m.scope.id,
      name: m.scope.name,
      kind: m.scope.kind,
      hiddenBecause: m.suppressed.find((s) => s.part === 'scope')?.detail ?? null,
    }));
    let model: InsightModel | null = await insightsFor(scope, options);
    if (model && lean && model.seats) {
      model = {
        ...model,
        seats: {
          ...model.seats,
          dormant: { ...model.seats.dormant, members: null },
          neverActivated: { ...model.seats.neverActivated, members: null },
        },
      } as InsightModel;
    }
    return { model, scopes };
  };

  let statusCache: Promise<Omit<StatusResponse, 'sync'>> | null = null;
  const readStableStatus = async (): Promise<Omit<StatusResponse, 'sync'>> => {
    const settings = await currentSettings();
    const [latestDay, log, key, registry, storage] = await Promise.all([
      getMeta('latestAvailableDay'),
      readSyncLog(1),
      settings.demo || settings.sharedHistoryUrl ? Promise.resolve(null) : readApiKey(),
      readRegistry(),
      readStorageStatus(),
    ]);
    const last = log[0];
    return {
      historyId: registry?.active ?? null,
      orgName: settings.demo ? demoName : settings.orgName,
      mode: settings.demo ? 'demo' : key || settings.sharedHistoryUrl ? 'live' : 'no-key',
      sharedFrom: settings.sharedHistoryUrl ? new URL(settings.sharedHistoryUrl).host : null,
      latestDay,
      lastSync: last ? { at: last.at, outcome: last.outcome, message: last.message } : null,
      storage,
    };
  };
  const forgetStatus = () => {
    statusCache = null;
  };
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'session') forgetStatus(); // a session-only key saved or forgotten
  });

  const keyStatus = async () => {
    const saved = await readApiKey();
    return { hint: await apiKeyHint(), persistence: saved?.persistence ?? null };
  };

  // The overlay's files come from the manifest at run time, so WXT's typed paths do not apply.
  const scripting: ScriptingApi = {
    insertCSS: (injection) => browser.scripting.insertCSS(injection),
    executeScript: (injection) => browser.scripting.executeScript(injection as never),
  };
  const gateOrRefuse = async () => {
    const gate = await publicationGate(await insightOptions());
    if (!gate) throw new Error('No history is stored yet, so nothing can be published.');
    return gate;
  };
  const router = createRouter(
    {
      'to-background:get-status': async () => {
        // The slow part (settings, meta, log, key: IndexedDB under load) is cached
        // until something it reads changes; the sync part is live.
        statusCache ??= readStableStatus().catch((error: unknown) => {
          statusCache = null;
          throw error;
        });
        const stable = await statusCache;
        // Running from its first moment (controller.progress): a page told "no sync" while one
        // was starting never followed it (overlay-states.spec.ts, "demo data is labelled").
        const progress = controller.isRunning() ? await controller.progress() : null;
        return { ...stable, sync: progress as SyncProgressMessage | null };
      },
      'to-background:page-recognised': async () => ({ ok: true }),
      // In-app navigation to an analytics page: the claude.ai bootstrap asks for the overlay.
      'to-background:inject-overlay': async (_message, sender) => ({
        outcome: await injectOverlay(sender, scripting, browser.runtime.getManifest()),
      }),
      'to-background:get-insights': ({ scope, lean, championRows }) =>
        insightsAnswer(scope, lean, championRows),
      // The overlay's badges: the org's champions among the members its page shows, from the
      // same gated (and, for a stopped worker, kept) answer as the overlay's model.
      'to-background:get-champion-rows': async ({ emails, nameKeys }) => ({
        champions: championRowsFor((await answerWithRows('org', true)).model, {
          emails,
          nameKeys,
        }),
      }),
      // Issue 11: the popup's picture (and its saved copy) is built here, from the gated model.
      'to-background:get-popup-picture': async ({ scope }) => {
        const settings = await currentSettings();
        const orgName = settings.demo ? demoName : settings.orgName;
        const answer = await insightsAnswer(scope ?? settings.popupScope, true);
        return popupPicture(answer, settings, orgName, Date.now());
      },
      'to-background:get-publication-gate': async () => ({
        gate: await publicationGate(await insightOptions()),
      }),
      // The companion's history reads, through the gate (lib/insights/companion-reads.ts).
      'to-background:get-companion-digest': async ({ type: _type, ...request }) => ({
        digest: await readCompanionDigest(request, await gateOrRefuse()),
      }),
      'to-background:get-companion-spend': async ({ latestDay }) =>
        readCompanionSpend(latestDay, await gateOrRefuse()),
      'to-background:get-org-summary-series': async ({ from, to }) =>
        readOrgSummarySeries(from, to),
      // Issue 13: ChatGPT beside Claude, through the gate (lib/insights/tools-reads.ts), cached
      // per insight build, ChatGPT imports version and settings.
      'to-background:get-tools-digest': async () => {
        const options = await insightOptions();
        const today = dayInZone(options.now, options.timeZone);
        return {
          digest: await toolsDigest(await allInsights(options), options.settings.metrics, today),
        };
      },
      'to-background:get-overlay-settings': async () => {
        const settings = await currentSettings();
        return {
          features: Object.fromEntries(
            overlayFeatureIds.map((id) => [id, isFeatureOn(settings, id)]),
          ),
          dismissed: settings.metrics.suggestions.dismissed,
          snoozed: settings.metrics.suggestions.snoozed,
        };
      },
      'to-background:update-suggestion': async ({ id, action, until }) => {
        const settings = await readSettings();
        const rules = settings.metrics.suggestions;
        const dismissed = rules.dismissed.filter((d) => d !== id);
        // Snoozes that ran out go (both lists are capped in lib/metrics/config.ts as well).
        const today = new Date(Date.now()).toISOString().slice(0, 10);
        const snoozed = rules.snoozed.filter((s) => s.id !== id && s.until > today);
        if (action === 'dismiss') dismissed.push(id);
        if (action === 'snooze')
          snoozed.push({
            id,
            until: until ?? new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
          });
        await thenForgetSettings(
          writeSettings({
            metrics: { ...settings.metrics, suggestions: { ...rules, dismissed, snoozed } },
          }),
        );
        invalidateInsights();
        forgetStatus();
        return { ok: true };
      },
      'to-background:open-extension-page': async ({ page }) => {
        // A tab of its own (openOptionsPage would embed options in chrome://extensions).
        const path = page === 'options' ? '/options.html' : '/companion.html';
        await browser.tabs.create({ url: browser.runtime.getURL(path) });
        return { ok: true };
      },
      'to-background:get-key-status': keyStatus,
      'to-background:save-key': async ({ key, persistence }) => {
        // Issue 14 item 3: one sync per organisation; a key would start a second history here.
        const { sharedHistoryUrl } = await readSettings();
        if (sharedHistoryUrl)
          throw new Error(
            `A shared history from ${new URL(sharedHistoryUrl).host} is set, so Uptake does not sync with a key of its own and the key was not saved. Stop using the shared history (Options → Shared history) to sync with a key.`,
          );
        await thenForgetSettings(saveKeyAndSync(controller, key, persistence));
        forgetStatus();
        return keyStatus();
      },
      'to-background:forget-key': async () => {
        await forgetApiKey();
        await thenForgetSettings(onKeyForgotten());
        forgetStatus();
        return { ok: true };
      },
      'to-background:test-connection': async ({ key }) => {
        // A key typed but not saved yet is tested as typed; else the saved key (or the demo).
        const client = key ? clientForKey(key) : (await chooseClient())?.client;
        if (!client) return { ok: false, message: 'No API key saved yet.', latestDay: null };
        const result = await testConnection(client);
        return result.ok
          ? { ok: true, message: result.message, latestDay: result.latestAvailableDay }
          : { ok: false, message: result.message, latestDay: null };
      },
      'to-background:sync-now': async () => {
        void controller.start();
        return { ok: true };
      },
      'to-background:history-changed': async () => {
        // An extension page imported history: models are rebuilt on the next request.
        invalidateInsights();
        forgetStatus();
        return { ok: true };
      },
      'to-background:clear-history': async ({ source }) => {
        // Another source's kept history (not the one shown): deleted outright.
        if (source && source !== (await ensureRegistry()).active) {
          await deleteKeptHistory(source);
          return { ok: true };
        }
        if (controller.isRunning())
          throw new Error('A sync is running; clear the data when it has finished.');
        await clearHistory();
        await Promise.all(
          (['latestAvailableDay', 'lastSyncAt', 'syncRun'] as const).map((k) => setMeta(k, null)),
        );
        invalidateInsights();
        forgetStatus();
        return { ok: true };
      },
      'to-background:set-demo': async ({ enabled }) => {
        await thenForgetSettings(setDemoAndSync(controller, enabled));
        forgetStatus();
        return { ok: true };
      },
      'to-background:forget-member': async ({ who }) => {
        const outcome = await forgetMember(who.includes('@') ? { email: who } : { memberId: who });
        // Caches built from the history: the insight models, the answers kept for a stopped
        // worker and the popup's last picture (all may name the member).
        invalidateInsights();
        forgetStatus();
        await Promise.all([forgetKeptAnswers(), removeState(['popupCache'])]);
        return outcome;
      },
      // Extension pages change settings only through here: checked, under the policy (issue 11).
      'to-background:write-settings': async ({ patch }) => ({
        settings: await thenForgetSettings(writeSettingsPatch(patch)),
      }),
      'to-background:answer-organisation': async ({ answer }) => {
        await thenForgetSettings(answerAndSync(controller, answer));
        forgetStatus();
        return { ok: true };
      },
    },
    browser.runtime.id,
    browser.runtime.getURL('/'),
  );
  browser.runtime.onMessage.addListener(router);

  // Review reminders (companion page → Review rhythm): their own alarm and notification click.
  setupReviewReminders();

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === syncAlarm || alarm.name === resumeAlarm) void controller.start();
  });
  // The schedule follows settings.sync.scheduleHours (options); re-created only when it changed.
  async function scheduleSyncAlarm() {
    const every = (await readSettings()).sync.scheduleHours * 60 || syncEveryMinutes;
    const existing = await browser.alarms.get(syncAlarm);
    if (!existing || existing.periodInMinutes !== every)
      await browser.alarms.create(syncAlarm, { periodInMinutes: every, delayInMinutes: 1 });
  }
  void scheduleSyncAlarm();

  // The first start of this version: the history kept so far is adopted by its source.
  // A worker stopped mid-sync resumes its plan as soon as it starts again.
  void ensureRegistry(Date.now(), isDemoMember)
    .catch(() => undefined)
    // Issue 11 item 5: the 0.1 pseudonym salt leaves storage.local; the organisation's secret replaces it.
    .then(() => dropLegacyPseudonymSalt().catch(() => undefined))
    .then(() => hasUnfinishedSync())
    .then((unfinished) => {
      if (unfinished) void controller.start();
    });
});
