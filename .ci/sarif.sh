#!/usr/bin/env bash
# SARIF for GitHub code scanning: installs Microsoft's SARIF Multitool from
# npm, validates `crosscheck check --format sarif` with its GitHub and SARIF
# rules (failing on any error), and puts the SARIF 2.1.0 schema where the
# jsonschema test of tests/formats.rs finds it (target/sarif-schema/).
set -euo pipefail
cd "$(dirname "$0")/.."

version=5.7.0
tool_dir=target/sarif-tool
pkg="$tool_dir/node_modules/@microsoft/sarif-multitool-linux"
out=target/sarif

if ! grep -qs "\"version\": \"$version\"" "$pkg/package.json"; then
  echo "== npm install @microsoft/sarif-multitool-linux@$version"
  npm install --prefix "$tool_dir" --no-audit --no-fund --loglevel=error \
    "@microsoft/sarif-multitool-linux@$version"
fi
multitool="$pkg/Sarif.Multitool"
# The package's postinstall (chmod u+x) does not run where npm holds back install scripts.
chmod u+x "$multitool"
# A self-contained .NET program: no ICU needed for what it does here.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

schema="$(find "$pkg" -maxdepth 2 -name 'sarif-2.1.0*.json' | sort | head -n 1)"
if [ -z "$schema" ]; then
  echo "no sarif-2.1.0*.json in $pkg" >&2
  exit 1
fi
mkdir -p target/sarif-schema "$out"
cp "$schema" target/sarif-schema/sarif-2.1.0.json
echo "schema: target/sarif-schema/sarif-2.1.0.json (from $schema)"

cargo build --locked --quiet
bin="$PWD/target/debug/crosscheck"

# Status 1 means findings; only 2 and above is a failure of the run.
report() { # report OUTPUT ARGS...
  local file="$1" status=0
  shift
  "$bin" check "$@" --format sarif --output "$file" || status=$?
  if [ "$status" -ge 2 ]; then
    echo "crosscheck failed (exit $status): $*" >&2
    exit 1
  fi
}

report "$out/nato-2025.sarif" examples/nato-2025
report "$out/draft-check.sarif" examples/draft-check/draft.md --against examples/draft-check/references
report "$out/nato-2025-facts.sarif" examples/nato-2025 --facts examples/nato-2025/facts.toml
# Sources whose names and text need escaping and percent-encoding.
tricky="$(mktemp -d)"
trap 'rm -rf "$tricky"' EXIT
printf '%s\n' "The leaders' summit in Lisbon in June 2026 \"><img src=x onerror=alert(1)> [x](y) will be short." \
  >"$tricky/a 50%,x:y.txt"
printf '%s\n' "The Lisbon summit planned for July 2026 was announced." >"$tricky/Zürich #2.txt"
root="$PWD"
(cd "$tricky" && report "$root/$out/tricky.sarif" "a 50%,x:y.txt" "Zürich #2.txt")

failed=0
for file in "$out"/nato-2025.sarif "$out"/draft-check.sarif "$out"/nato-2025-facts.sarif "$out"/tricky.sarif; do
  echo "== Sarif.Multitool validate $file --rule-kind Gh;Sarif"
  log="${file%.sarif}.validation.sarif"
  "$multitool" validate "$file" --json-schema target/sarif-schema/sarif-2.1.0.json \
    --rule-kind "Gh;Sarif" --level "Error;Warning;Note" --output "$log" --log ForceOverwrite | grep -v ': note ' || true
  # The Multitool exits 0 whatever it finds: its own SARIF log says.
  node - "$log" <<'JS' || failed=1
const log = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
const run = log.runs[0];
const results = run.results || [];
const errors = results.filter((r) => r.level === "error");
const notes = (run.invocations || []).flatMap((i) => [
  ...(i.toolExecutionNotifications || []),
  ...(i.toolConfigurationNotifications || []),
]).filter((n) => n.level === "error");
const failed = (run.invocations || []).some((i) => i.executionSuccessful === false);
// A log it could read always draws a few notes (e.g. SARIF2003); none at all
// means it did not read the file.
if (results.length === 0) {
  console.error("the Multitool reported nothing: it could not read the file");
  process.exit(1);
}
const text = (m) => (m ? m.text || [m.id, ...(m.arguments || [])].join(" | ") : "");
for (const e of [...errors, ...notes]) console.error(`error ${e.ruleId || ""}: ${text(e.message)}`);
if (errors.length || notes.length || failed) process.exit(1);
const count = (level) => results.filter((r) => (r.level || "warning") === level).length;
console.log(`ok: 0 errors, ${count("warning")} warnings, ${count("note")} notes`);
JS
done
if [ "$failed" -ne 0 ]; then
  echo "SARIF validation failed" >&2
  exit 1
fi

echo "== the jsonschema test against the same schema"
SARIF_SCHEMA="$PWD/target/sarif-schema/sarif-2.1.0.json" cargo test --locked --quiet --test formats sarif_validates -- --nocapture
