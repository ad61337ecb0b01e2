import { useState } from 'preact/hooks';
import { ChampionsSection } from '@/components/options/champions-section';
import { DataSection } from '@/components/options/data-section';
import { FeaturesSection } from '@/components/options/features-section';
import { OrgChartImport } from '@/components/options/org-chart-import';
import { PrivacySection } from '@/components/options/privacy-section';
import { SnapshotSection } from '@/components/options/snapshot-section';
import { SyncSection } from '@/components/options/sync-section';
import { TargetsSection } from '@/components/options/targets-section';
import { TeamMappingSection } from '@/components/options/team-mapping-section';
import { dayInZone, refreshedThresholds } from '@/lib/metrics';
import { sendToBackground } from '@/lib/messages/send';
import { snapshotAge, removeTeamSnapshot, teamSnapshotKey } from '@/lib/snapshot/storage';
import { overlayFeatureIds } from '@/lib/store/settings';
import { useStatus } from '@/lib/ui/use-background';
import { ApiKeySection } from './api-key-section';
import { downloadText } from './download';
import { HistorySection } from './history-section';
import { applyOrgChart, removeOrgChart } from './org-chart-actions';
import { OrgNameForm } from './org-name-form';
import { importPatch, parseSettingsFile, settingsFileText } from './settings-file';
import { exportSnapshot, importSnapshot } from './snapshot-actions';
import { useOptionsData } from './use-options-data';
import { popupCacheKey } from '../popup/popup-cache';

const sections = [
  ['api-key', 'API key'],
  ['team-snapshot', 'Team snapshot'],
  ['targets', 'Targets'],
  ['champions', 'Champions'],
  ['privacy', 'Privacy'],
  ['teams', 'Team mapping'],
  ['features', 'Features'],
  ['sync', 'Sync'],
  ['history', 'History'],
  ['data', 'Local data'],
] as const;

/** The admin's options page: key, snapshots, targets, champions, privacy, teams, features, sync, data. */
export function App() {
  const status = useStatus();
  const data = useOptionsData(status.state === 'ready' ? (status.value.lastSync?.at ?? 0) : 0);
  // Bumped when settings change from outside a form (an import): forms start again from them.
  const [revision, setRevision] = useState(0);
  const { effective, orgModel } = data;
  const groups = data.scopes.filter((s) => s.kind === 'group');
  const today =
    orgModel?.today ??
    dayInZone(Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  const latestDay = status.state === 'ready' ? status.value.latestDay : null;
  const orgName = status.state === 'ready' ? status.value.orgName : null;

  const header = (
    <header class="bar">
      <span class="logo" aria-hidden="true">
        ▲
      </span>
      <h1>Uptake options</h1>
    </header>
  );
  if (!effective)
    return (
      <>
        {header}
        <main class="page">
          <ApiKeySection />
          <p class="muted">Loading settings…</p>
        </main>
      </>
    );
  const { settings, locked, problems } = effective;
  const m = settings.metrics;
  const save = data.save;
  const snap = data.snapshot?.file;

  return (
    <>
      {header}
      <main class="page">
        <nav class="options-nav" aria-label="Sections">
          {sections.map(([id, label]) => (
            <a key={id} href={`#${id}`}>
              {label}
            </a>
          ))}
        </nav>
        {(locked.size > 0 || problems.length > 0) && (
          <div class="card policy-note" data-testid="policy-note">
            <p>
              Your organisation's browser policy sets {locked.size}{' '}
              {locked.size === 1 ? 'value' : 'values'}; they are locked here.
            </p>
            {problems.map((p) => (
              <p key={p} class="bad">
                {p}
              </p>
            ))}
          </div>
        )}
        <div id="api-key">
          <ApiKeySection />
        </div>
        <SnapshotSection
          imported={
            snap
              ? {
                  team: snap.payload.picture.scope.name ?? snap.payload.picture.scope.id,
                  orgName: snap.payload.orgName,
                  latestDay: snap.payload.picture.freshness.latestDay,
                  age: snapshotAge(snap.createdAt, Date.now()),
                }
              : null
          }
          groups={groups}
          onImport={async (file) => {
            const outcome = await importSnapshot(file);
            await data.reloadSnapshot();
            return outcome;
          }}
          onRemove={async () => {
            await removeTeamSnapshot();
            await data.reloadSnapshot();
          }}
          onExport={(id) => exportSnapshot(id, settings, orgName ?? settings.orgName)}
        />
        <OrgNameForm
          key={`org-${revision}`}
          orgName={settings.orgName}
          locked={locked.has('orgName')}
          onSave={async (name) => (await save({ orgName: name })).orgName}
        />
        <TargetsSection
          targets={m.targets}
          groups={groups}
          today={today}
          locked={locked.has('metrics.targets')}
          onSave={async (targets) => void (await save({ metrics: { ...m, targets } }))}
        />
        <ChampionsSection
          key={`champions-${revision}`}
          rules={m.champions}
          showBadges={settings.features['champion-badge'] !== false}
          badgesLocked={locked.has('features.champion-badge')}
          computedCutoff={orgModel?.champions.computedCutoff ?? null}
          onSave={async (champions) => void (await save({ metrics: { ...m, champions } }))}
          onSaveBadges={async (on) =>
            void (await save({ features: { ...settings.features, 'champion-badge': on } }))
          }
          onRefresh={async () => {
            const asOf = orgModel?.freshness.latestDay;
            const frozen = orgModel && asOf ? refreshedThresholds(orgModel.champions, asOf) : null;
            if (!frozen)
              throw new Error(
                'No champion can be computed yet: sync first, or wait until members pass the minimum tenure.',
              );
            await save({ metrics: { ...m, champions: { ...m.champions, frozen } } });
          }}
        />
        <PrivacySection
          key={`privacy-${revision}`}
          values={{ ...m.privacy, pseudonymisedExports: settings.pseudonymisedExports }}
          locked={{
            k: locked.has('metrics.privacy.k'),
            teamGrainOnly: locked.has('metrics.privacy.teamGrainOnly'),
            pseudonymisedExports: locked.has('pseudonymisedExports'),
          }}
          onSave={async ({ k, teamGrainOnly, pseudonymisedExports }) =>
            void (await save({
              pseudonymisedExports,
              metrics: { ...m, privacy: { k, teamGrainOnly } },
            }))
          }
        />
        <TeamMappingSection
          key={`${revision}|${groups.map((g) => g.id).join('|')}`}
          groups={groups}
          seats={m.groupSeats}
          teamSource={settings.teamSource}
          teamSourceLocked={locked.has('teamSource')}
          onSaveSeats={async (groupSeats) => void (await save({ metrics: { ...m, groupSeats } }))}
          onSaveTeamSource={async (teamSource) => void (await save({ teamSource }))}
        >
          <OrgChartImport
            current={data.orgChart}
            groups={groups}
            onApply={async (preview, fileName) => {
              await applyOrgChart(preview, fileName);
              await data.reloadOrgChart();
            }}
            onRemove={async () => {
              await removeOrgChart();
              await data.reloadOrgChart();
            }}
          />
        </TeamMappingSection>
        <FeaturesSection
          featureIds={overlayFeatureIds}
          values={Object.fromEntries(
            overlayFeatureIds.map((id) => [id, settings.features[id] !== false]),
          )}
          locked={new Set(overlayFeatureIds.filter((id) => locked.has(`features.${id}`)))}
          onSave={async (id, on) =>
            void (await save({ features: { ...settings.features, [id]: on } }))
          }
        />
        <SyncSection
          key={`sync-${revision}`}
          values={settings.sync}
          onSave={async (sync) => void (await save({ sync }))}
        />
        <div id="history">
          <HistorySection />
        </div>
        <DataSection
          latestDay={latestDay}
          onClear={async () => {
            await sendToBackground({ type: 'to-background:clear-history' });
            await browser.storage.local.remove([popupCacheKey, teamSnapshotKey]);
            await Promise.all([data.reloadInsights(), data.reloadSnapshot()]);
          }}
          onExport={async () =>
            downloadText(
              'uptake-settings.json',
              settingsFileText(settings, Date.now()),
              'application/json',
            )
          }
          readImport={(text) => {
            const result = parseSettingsFile(text);
            if (!result.ok) return result;
            return {
              ok: true,
              sections: result.sections,
              apply: async () => {
                await save(importPatch(result.settings));
                setRevision((r) => r + 1);
              },
            };
          }}
        />
      </main>
    </>
  );
}
