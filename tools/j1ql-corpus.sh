#!/usr/bin/env bash
# Installs JupiterOne's published J1QL alert-rule packs (npm @jupiterone/jupiterone-alert-rules,
# pinned in tools/j1ql-corpus/package-lock.json) with `npm ci`, for the J1QL corpus test of the
# JupiterOne mock (tools/mock-providers, J1qlCorpusTest), which reads rule-packs/*.json from
# tools/j1ql-corpus/node_modules. Nothing of the package is copied into the repository.
#
# Exit status: 0 installed; 3 node or npm is not available, or npm ci failed (the corpus test
# cannot run: that is not a pass, and the build stops here).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$root/tools/j1ql-corpus
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "j1ql-corpus: node and npm are not available on this machine, so JupiterOne's J1QL rule packs cannot be installed" >&2
  echo "j1ql-corpus: and the J1QL corpus test cannot run. Install Node.js 20+ with npm, then build again." >&2
  exit 3
fi
if [ -f "$dir/node_modules/@jupiterone/jupiterone-alert-rules/package.json" ] \
    && grep -q '"version": "0.3.0"' "$dir/node_modules/@jupiterone/jupiterone-alert-rules/package.json"; then
  exit 0
fi
(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || {
  echo "j1ql-corpus: npm ci failed in $dir (is the npm registry reachable?)" >&2; exit 3; }
