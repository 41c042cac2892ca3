#!/usr/bin/env bash
# Fuzzing and sanitizers, bounded in time for CI. Builds the "fuzz" preset
# (clang, libFuzzer, AddressSanitizer, UBSan), runs the native tests under the
# sanitizers, replays every kept crash input (tests/fuzz/regressions/), then
# fuzzes each target for FUZZ_SECONDS (default 20) from seed corpora made of
# assets/ and tests/data/. Prints each target's executions and coverage.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
seconds="${FUZZ_SECONDS:-20}"
targets=(model_json assessment_json workshop share_code collect import storage storage_model)

echo "== sanitizer build (clang, ASan + UBSan + libFuzzer) =="
[ -f build/fuzz/build.ninja ] || cmake --preset fuzz >/dev/null
cmake --build build/fuzz

echo "== native tests under AddressSanitizer and UBSan =="
[ "${FUZZ_SKIP_TESTS:-0}" = 1 ] || ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --preset fuzz -j2

# Seed corpora: the project's own files, one directory per target.
seeds="build/fuzz/seeds"
rm -rf "$seeds"
for t in "${targets[@]}"; do mkdir -p "$seeds/$t" "build/fuzz/corpus/$t"; done
seed() {  # seed TARGET FILE...: copies under names that keep their folder (two workshop.json)
  local target="$1"; shift
  for f in "$@"; do cp "$f" "$seeds/$target/${f//\//_}"; done
}
seed model_json assets/models/*.json tests/data/*model*.json
seed assessment_json assets/samples/northwind.json tests/data/*assessment*.json
seed workshop assets/samples/workshop.json tests/data/workshop.json tests/data/calc-participants.json
seed collect assets/samples/workshop.json tests/data/workshop.json assets/samples/northwind.json
seed import assets/samples/*.json assets/models/*.json tests/data/*.json
for f in assets/samples/northwind.json tests/data/calc-assessment.json; do
  code="$(build/fuzz/tools/smm share --model assets/models/social-media.json "$f" 2>/dev/null || true)"
  [ -n "$code" ] && printf '0%s' "${code##*#a=}" > "$seeds/share_code/$(basename "$f" .json).txt"
  [ -n "$code" ] && printf 'https://example.test/#a=%s\n#a=%s\n' "${code##*#a=}" "${code##*#a=}" > "$seeds/collect/$(basename "$f" .json)-links.txt"
done
printf '0' > "$seeds/share_code/empty.txt"
# Storage records: a byte picking the key's prefix, the key's rest, 0x1F, the value; 0x1E between records.
python3 - "$seeds/storage" <<'PY'
import json, sys
out = sys.argv[1]
sample = json.load(open('assets/samples/northwind.json'))
entry = {"version": 2, "id": "e1", "title": "Northwind", "model": "social-media", "revision": 1, "assessment": sample}
legacy = {"version": 1, "current": "a1", "next": 2, "entries": [{"id": "a1", "title": "Northwind", "model": "social-media", "assessment": sample}]}
open(out + '/entry.bin', 'wb').write(b'\x00e1\x1f' + json.dumps(entry).encode() + b'\x1e\x03\x1fe1')
open(out + '/legacy.bin', 'wb').write(b'\x01\x1f' + json.dumps(legacy).encode())
PY

echo "== fuzz targets: replay kept inputs, then ${seconds} s each =="
summary=""
for t in "${targets[@]}"; do
  bin="build/fuzz/tests/fuzz/fuzz_$t"
  regressions=(tests/fuzz/regressions/"$t"/*)
  if [ -e "${regressions[0]}" ] && ! "$bin" "${regressions[@]}" >"build/fuzz/replay_$t.log" 2>&1; then
    tail -40 "build/fuzz/replay_$t.log"
    echo "fuzz_$t: a kept input (tests/fuzz/regressions/$t) fails"
    exit 1
  fi
  log="build/fuzz/fuzz_$t.log"
  if ! "$bin" -max_total_time="$seconds" -max_len=131072 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="build/fuzz/crash_${t}_" "build/fuzz/corpus/$t" "$seeds/$t" >"$log" 2>&1; then
    tail -40 "$log"
    echo "fuzz_$t found a failure; the input is in build/fuzz/crash_${t}_*"
    exit 1
  fi
  runs="$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
  cov="$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo '?')"
  feat="$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo '?')"
  summary+="$(printf '%-16s %10s executions  %6s edges  %6s features' "$t" "$runs" "$cov" "$feat")"$'\n'
done
echo "== fuzzing summary (${seconds} s per target) =="
printf '%s' "$summary"
