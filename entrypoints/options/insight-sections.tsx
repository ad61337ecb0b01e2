import { ChampionsSection } from '@/components/options/champions-section';
import { FeaturesSection } from '@/components/options/features-section';
import { OrgChartImport } from '@/components/options/org-chart-import';
import { PrivacySection } from '@/components/options/privacy-section';
import { SyncSection } from '@/components/options/sync-section';
import { TargetsSection } from '@/components/options/targets-section';
import { TeamMappingSection } from '@/components/options/team-mapping-section';
import type { ScopeChoice } from '@/components/popup/scope-picker';
import { refreshedThresholds } from '@/lib/metrics';
import type { LockedPath } from '@/lib/store/managed';
import { overlayFeatureIds, type Settings } from '@/lib/store/settings';
import { applyOrgChart, removeOrgChart } from './org-chart-actions';
import type { OptionsData } from './use-options-data';

/**
 * The sections that edit what the insight core and the overlay use: targets,
 * champions, privacy, team mapping (seats, org chart), features and sync.
 * Every save goes through the policy (managed values cannot be overwritten);
 * `revision` restarts the forms after an import.
 */
export function InsightSections({
  data,
  settings,
  locked,
  groups,
  today,
  revision,
}: {
  data: OptionsData;
  settings: Settings;
  locked: ReadonlySet<LockedPath>;
  groups: ScopeChoice[];
  today: string;
  revision: number;
}) {
  const { orgModel, save } = data;
  const m = settings.metrics;
  return (
    <>
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
        hidden={groups.filter((g) => g.hiddenBecause !== null)}
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
        retentionLocked={locked.has('sync.retentionDays')}
        onSave={async (sync) => void (await save({ sync }))}
      />
    </>
  );
}
