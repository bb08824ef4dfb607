#!/usr/bin/env bash
# The reports as people see them. The HTML report in a real browser:
# renders examples/nato-2025 (plain, draft mode, with trusted facts) and an
# article with injected markup, then drives headless Chromium (Debian's
# chromium package, playwright-core from npm) with tests/browser/check.mjs:
# findings present, filters and search working, injected code inert,
# screenshots in target/browser/ (report.png, report-390.png, draft.png,
# facts.png, injected.png). And the claim graph through Graphviz's `dot`.
set -euo pipefail
cd "$(dirname "$0")/.."

playwright_version=1.65.1
chromium="${CHROMIUM:-/usr/bin/chromium}"
out=target/browser

missing=()
[ -x "$chromium" ] || missing+=(chromium)
command -v dot >/dev/null || missing+=(graphviz)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "== apt-get install ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
"$chromium" --version 2>/dev/null || true

mkdir -p "$out"
if ! grep -qs "\"version\": \"$playwright_version\"" "$out/node_modules/playwright-core/package.json"; then
  echo "== npm install playwright-core@$playwright_version"
  npm install --prefix "$out" --no-audit --no-fund --loglevel=error "playwright-core@$playwright_version"
fi

cargo build --locked --quiet
bin="$PWD/target/debug/crosscheck"

# Status 1 means findings; only 2 and above is a failure of the run.
render() { # render FORMAT OUTPUT PATH...
  local format="$1" file="$2" status=0
  shift 2
  "$bin" check "$@" --format "$format" --output "$file" || status=$?
  if [ "$status" -ge 2 ]; then
    echo "crosscheck failed (exit $status): $*" >&2
    exit 1
  fi
}

render html "$out/report.html" examples/nato-2025
render json "$out/report.json" examples/nato-2025
draft=(examples/draft-check/draft.md --against examples/draft-check/references)
render html "$out/draft.html" "${draft[@]}"
render json "$out/draft.json" "${draft[@]}"
facts=(examples/nato-2025 --facts examples/nato-2025/facts.toml)
render html "$out/facts.html" "${facts[@]}"
render json "$out/facts.json" "${facts[@]}"

articles="$(mktemp -d)"
trap 'rm -rf "$articles"' EXIT
cat >"$articles/injected.txt" <<'TEXT'
The leaders' summit in Lisbon in June 2026 <script>document.title='pwned'</script> "><img src=x onerror="document.title='pwned'"> will be short.
TEXT
cat >"$articles/plain.txt" <<'TEXT'
The Lisbon summit planned for July 2026 was announced.
TEXT
render html "$out/injected.html" "$articles/injected.txt" "$articles/plain.txt"
if ! grep -q '<mark>June 2026</mark>' "$out/injected.html"; then
  echo "the injected article gave no finding: the test would prove nothing" >&2
  exit 1
fi

# The claim graph renders with Graphviz (a warning is a failure too).
"$bin" graph examples/nato-2025 --format dot >"$out/graph.dot"
dot -Tsvg "$out/graph.dot" -o "$out/graph.svg" 2>"$out/graph.log"
if [ -s "$out/graph.log" ]; then
  cat "$out/graph.log" >&2
  exit 1
fi
echo "ok - the claim graph renders with Graphviz: $out/graph.svg"

echo "== node tests/browser/check.mjs $out"
CHROMIUM="$chromium" node tests/browser/check.mjs "$out"
