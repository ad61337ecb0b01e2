import { useState } from 'preact/hooks';
import { DataSection } from '@/components/options/data-section';
import { ForgetSection } from '@/components/options/forget-section';
import { SnapshotSection } from '@/components/options/snapshot-section';
import { dayInZone } from '@/lib/metrics';
import { sendToBackground } from '@/lib/messages/send';
import { snapshotAge, removeTeamSnapshot, teamSnapshotKey } from '@/lib/snapshot/storage';
import { removeState } from '@/lib/store/state';
import { useStatus } from '@/lib/ui/use-background';
import { ApiKeySection } from './api-key-section';
import { ChatgptSection } from './chatgpt-section';
import { downloadText } from './download';
import { HistorySection } from './history-section';
import { SharedHistorySection } from './shared-history-section';
import { InsightSections } from './insight-sections';
import { OrgKeys } from './org-keys';
import { OrgNameForm } from './org-name-form';
import { importPatch, parseSettingsFile, settingsFileText } from './settings-file';
import { exportSnapshot, importSnapshot } from './snapshot-actions';
import { useOptionsData } from './use-options-data';
import { popupCacheKey } from '@/lib/snapshot/popup-cache';

const sections = [
  ['key', 'API key'],
  ['shared', 'Shared history'],
  ['team-snapshot', 'Team snapshot'],
  ['org-keys', 'Organisation keys'],
  ['targets', 'Targets'],
  ['champions', 'Champions'],
  ['privacy', 'Privacy'],
  ['teams', 'Team mapping'],
  ['features', 'Features'],
  ['sync', 'Sync'],
  ['history', 'History'],
  ['chatgpt', 'ChatGPT'],
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
        <div id="key">
          <ApiKeySection />
        </div>
        <SharedHistorySection
          url={settings.sharedHistoryUrl}
          snapshotUrl={settings.sharedSnapshotUrl}
          locked={locked.has('sharedHistoryUrl')}
          save={save}
          revision={status.state === 'ready' ? (status.value.lastSync?.at ?? 0) : 0}
        />
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
        <OrgKeys />
        <OrgNameForm
          key={`org-${revision}`}
          orgName={settings.orgName}
          locked={locked.has('orgName')}
          onSave={async (name) => (await save({ orgName: name })).orgName}
        />
        <InsightSections
          data={data}
          settings={settings}
          locked={locked}
          groups={groups}
          today={today}
          revision={revision}
        />
        <div id="history">
          <HistorySection />
        </div>
        <ChatgptSection />
        <ForgetSection
          onForget={(who) => sendToBackground({ type: 'to-background:forget-member', who })}
        />
        <DataSection
          latestDay={latestDay}
          onClear={async () => {
            await sendToBackground({ type: 'to-background:clear-history' });
            await removeState([popupCacheKey, teamSnapshotKey]);
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
