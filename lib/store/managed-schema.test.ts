import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metricProducts } from '@/lib/metrics/history';
import { adoptionMetrics, growthMetrics } from '@/lib/metrics/config';
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
    ]);
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

  it('accepts the example policy of docs/enterprise.md without a problem', () => {
    const doc = readFileSync('docs/enterprise.md', 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)![1]!;
    const { problems, policy } = parsePolicy(JSON.parse(example));
    expect(problems).toEqual([]);
    expect(Object.keys(policy).sort()).toEqual(Object.keys(props).sort());
  });
});
