/** The text of `npx uptake sync --help` (kept in step with docs/headless.md). */
import { keyEnvVar } from './key';
import { passphraseEnvVar } from './org-secrets-file';

export const helpText = `Usage: npx uptake sync [options]

Syncs the organisation's Claude Enterprise analytics into a directory with the
extension's own engine, then writes the shared outputs: the history file the
options page imports (signed), one signed snapshot per team at or above the
privacy floor, and a Parquet dataset by day for a data warehouse.

The API key comes from ${keyEnvVar} or --key-file, never from the command line.

Options:
  --dir PATH              history directory (default ./uptake-data); resumable
  --out PATH              outputs directory (default DIR/out)
  --settings FILE         settings JSON, checked like the managed policy:
                          privacy.k, privacy.teamGrainOnly, privacy.pseudonymisedExports,
                          targets, teamSource, optOuts, orgChart, historyDepthDays
  --key-file FILE         a file holding only the API key (chmod 600)
  --secrets-file FILE     the organisation keys exported from options (for signing
                          and pseudonyms); passphrase from ${passphraseEnvVar}
                          or --passphrase-file. Without it: sync only, no outputs.
  --passphrase-file FILE  a file holding only that passphrase
  --max-rate N            requests per minute for this sync (default 50). The API
                          allows 60 per organisation, shared by every key: stay
                          below 60 when browsers or other tools also sync.
  --once                  one sync (and outputs), then exit; for cron and CI
  --every-hours N         without --once: sync every N hours (default 6)
  --api-url URL           a local mock API (http://127.0.0.1:PORT) instead of the real one
  --help                  this text

Exit codes: 0 done; 1 the sync or an output failed (stored data kept, the next
run resumes); 2 wrong options or settings; 3 another sync holds the directory.
`;
