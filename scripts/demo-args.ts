/**
 * Command line of `npm run demo` (scripts/demo.ts): `--headless`, `--no-build` and
 * `--org-size N` (or `--org-size=N`), the number of members of the demo organisation.
 * Definitions: the org size is an integer from 20 to 100,000 (the generator's range,
 * lib/demo/org.ts); default 2,000. Its RBAC groups follow from it ({@link demoGroupsFor}).
 * Pure (no process, no I/O) so it is unit tested: tests/unit/demo-args.test.ts.
 */
import { MAX_MEMBERS } from '../lib/demo/org';

/** What `npm run demo` was asked for. */
export interface DemoArgs {
  headless: boolean;
  build: boolean;
  /** Members of the demo organisation. */
  orgSize: number;
  /** RBAC groups of the demo organisation ({@link demoGroupsFor}(orgSize)). */
  groups: number;
}

/** A command line `npm run demo` cannot run; the message is a sentence for the person typing it. */
export class DemoArgsError extends Error {
  override name = 'DemoArgsError';
}

/** The demo organisation's default size: the one the README and the screenshots show. */
export const DEFAULT_ORG_SIZE = 2000;

/**
 * RBAC groups for an organisation of `members`: 12 (10 departments + 2 cross-cutting, today's
 * demo) below 20,000 members, 25 (every named sub-team) below 50,000, 50 from 50,000 on (the
 * largest customers: 100,000 members in 50 groups).
 */
export function demoGroupsFor(members: number): number {
  if (members < 20_000) return 12;
  if (members < 50_000) return 25;
  return 50;
}

/** Parses `argv` (without node and the script); throws {@link DemoArgsError} on a bad one. */
export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  let orgSize = DEFAULT_ORG_SIZE;
  let headless = false;
  let build = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--headless') headless = true;
    else if (arg === '--no-build') build = false;
    else if (arg === '--org-size' || arg.startsWith('--org-size=')) {
      const raw = arg === '--org-size' ? argv[++i] : arg.slice('--org-size='.length);
      orgSize = orgSizeOf(raw);
    } else
      throw new DemoArgsError(
        `Unknown option ${arg}: npm run demo takes --headless, --no-build and --org-size N.`,
      );
  }
  return { headless, build, orgSize, groups: demoGroupsFor(orgSize) };
}

function orgSizeOf(raw: string | undefined): number {
  if (raw === undefined || raw === '')
    throw new DemoArgsError('--org-size needs a number of members, e.g. --org-size 20000.');
  const n = /^\d[\d_,]*$/.test(raw) ? Number(raw.replace(/[_,]/g, '')) : NaN;
  if (!Number.isSafeInteger(n) || n < 20 || n > MAX_MEMBERS)
    throw new DemoArgsError(
      `--org-size ${raw} is not a whole number of members from 20 to ${MAX_MEMBERS.toLocaleString('en-US')}.`,
    );
  return n;
}
