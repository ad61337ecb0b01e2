import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metricProducts } from '@/lib/metrics/history';
import { adoptionMetrics, growthMetrics, targetSchema, toolsMetrics } from '@/lib/metrics/config';
import { parsePolicy } from '@/lib/store/managed';
import { overlayFeatureIds } from '@/lib/store/settings';

const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8'));
const props = schema.properties;

describe('public/managed_schema.json', () => {
  it('names every overlay feature, metric and product the code knows', () => {
    expect(Object.keys(props.features.properties)).toEqual([...overlayFeatureIds]);
    expect(props.targets.items.properties.metric.enum).toEqual([
      ...adoptionMetrics,
      ...growthMetrics,
      ...toolsMetrics,
    ]);
    // …and exactly the metrics its zod twin (the targets parsePolicy reads) accepts.
    expect(props.targets.items.properties.metric.enum).toEqual(targetSchema.shape.metric.options);
    expect(props.targets.items.properties.product.enum).toEqual([...metricProducts]);
  });

  it('describes exactly the fields parsePolicy reads', () => {
    expect(Object.keys(props).sort()).toEqual(
      [
        'features',
        'orgName',
        'privacy',
        'retentionDays',
        'targets',
        'teamSource',
        'sharedHistoryUrl',
        'sharedHistoryFingerprint',
      ].sort(),
    );
    expect(Object.keys(props.privacy.properties)).toEqual([
      'k',
      'teamGrainOnly',
      'pseudonymisedExports',
    ]);
  });

  it('a policy may set a target on the combined AI-active share (issue 13)', () => {
    const target = {
      id: 't',
      metric: 'monthly_ai_active_share',
      scope: 'org',
      value: 80,
      deadline: '2027-03-31',
    };
    const { problems, policy } = parsePolicy({ targets: [target] });
    expect(problems).toEqual([]);
    expect(policy.targets).toMatchObject([{ metric: 'monthly_ai_active_share', value: 80 }]);
  });

  it('accepts the example policy of docs/enterprise.md without a problem', () => {
    const doc = readFileSync('docs/enterprise.md', 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)![1]!;
    const { problems, policy } = parsePolicy(JSON.parse(example));
    expect(problems).toEqual([]);
    expect(Object.keys(policy).sort()).toEqual(Object.keys(props).sort());
  });
});
