#!/usr/bin/env bash
# The GitHub Action's step (action.yml): install Clausier from the action's own checkout, lint the
# given paths, write SARIF for code scanning, annotations and the job summary (the github format).
# Runnable as a plain shell step too: every input is an INPUT_* variable, as GitHub sets them.
set -euo pipefail
here="${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}"
if [ ! -f "$here/dist/cli/main.js" ]; then
  (cd "$here" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error && npm run build --silent)
fi

sarif="${INPUT_SARIF_FILE:-clausier.sarif}"
read -r -a paths <<< "${INPUT_PATHS:-terms}"
args=(lint "${paths[@]}")
if [ -n "${INPUT_AS_OF:-}" ]; then args+=(--as-of "$INPUT_AS_OF"); fi
if [ -n "${INPUT_ARGS:-}" ]; then read -r -a extra <<< "$INPUT_ARGS"; args+=("${extra[@]}"); fi
# Formats last: each -f takes the -o after it.
args+=(-f sarif -o "$sarif" -f github)

set +e
node "$here/bin/clausier.js" "${args[@]}"
status=$?
set -e
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  { echo "sarif-file=$sarif"; echo "exit-code=$status"; } >> "$GITHUB_OUTPUT"
fi
exit "$status"
