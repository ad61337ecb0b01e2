// Starts the mock Claude Enterprise Analytics API on 127.0.0.1 for manual testing and demos.
// Usage: npx tsx scripts/mock-api.ts [--port 8787] [--members 2000] [--groups 12] [--seed 42]
//        [--latest YYYY-MM-DD (default: follows the clock)] [--rate-limit 60]
import { DEMO_KEY } from '@/lib/demo/mock-api';
import { startMockServer } from '../tests/mock-api/server';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function num(name: string): number | undefined {
  const v = flag(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new Error(`--${name} must be an integer, got ${v}`);
  return n;
}

const server = await startMockServer({
  port: num('port') ?? 8787,
  org: {
    members: num('members'),
    groups: num('groups'),
    seed: num('seed'),
    latestAvailableDay: flag('latest'),
  },
  rateLimitPerMinute: num('rate-limit'),
});
const org = server.api.org;
console.log(`Mock Claude Enterprise Analytics API: ${server.url}/v1/organizations/analytics/`);
console.log(
  `Organisation: ${org.name} (${org.members.length} members, ${org.groups.length} groups), latest day ${server.api.latestAvailableDay()}${org.latestDay === null ? ' (follows the clock: yesterday from 13:30 UTC)' : ''}`,
);
console.log(`API key: ${DEMO_KEY}`);
console.log(
  `Try: curl -H 'x-api-key: ${DEMO_KEY}' '${server.url}/v1/organizations/analytics/summaries?starting_date=${server.api.latestAvailableDay()}'`,
);
const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
