#!/usr/bin/env bash
# Rebuilds a previous release's production extension as a test fixture:
#   bash scripts/build-release-fixture.sh [commit]        (default: the commit in
#   tests/fixtures/releases/previous.txt)
# writes tests/fixtures/releases/uptake-<short commit>-chrome-mv3.tar.gz and
# points previous.txt at it. The upgrade e2e tests (tests/e2e/upgrade-harness.ts)
# unpack it, so they run on a clean clone without git history. Needs the git
# history (this script only), this worktree's node_modules (the lock file of the
# release must match; the script says so when it does not) and tar.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
releases="$root/tests/fixtures/releases"
commit=${1:-$(sed -n 's/^commit=//p' "$releases/previous.txt")}
full=$(git rev-parse --verify "$commit^{commit}")
short=${full:0:7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git archive "$full" | tar -x -C "$work"
# The lock file without its own version fields: a release bump alone changes no dependency.
lock_deps() {
  node -e 'const l = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    delete l.version; if (l.packages && l.packages[""]) delete l.packages[""].version;
    process.stdout.write(JSON.stringify(l));' "$1"
}
if [ "$(lock_deps "$work/package-lock.json")" != "$(lock_deps "$root/package-lock.json")" ]; then
  echo "Note: $short's package-lock.json differs from this worktree's; building with $short's own npm ci."
  (cd "$work" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
else
  ln -s "$root/node_modules" "$work/node_modules"
fi
(cd "$work" && npx wxt prepare >/dev/null && npx wxt build >/dev/null)

# Same bytes for the same build: fixed owner, times and file order.
out="$releases/uptake-$short-chrome-mv3.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2026-01-01 00:00:00Z' \
  -C "$work/.output/chrome-mv3" -cf - . | gzip -n -9 >"$out"
{
  echo "# The previous release the upgrade e2e tests start from (see README.md)."
  echo "commit=$full"
  echo "archive=$(basename "$out")"
  echo "committed=$(git log -1 --format=%cI "$full")"
} >"$releases/previous.txt"
echo "Wrote $out ($(du -k "$out" | cut -f1) kB) and previous.txt"
