#!/usr/bin/env bash
# `sitrep validate` against `jq -c . > /dev/null` over the same JSON Lines file of events (issue 22),
# in MB/s (10^6 bytes a second, wall clock, JVM start included), each run RUNS times in turn.
#
#   benchmarks/validate-vs-jq.sh [EVENTS [RUNS]]     default: 1000000 events, 3 runs
#
# It builds the cli's runnable jar (cli/target/sitrep.jar, published with the classifier all) and
# the benchmarks jar, unless BUILD=0; MVN_ARGS adds flags to Maven, such as -o. The file is the
# benchmarks' own (EventLines, seed 2025), next to benchmarks/target/benchmarks.jar, made once per
# build of the benchmarks. JAVA chooses the java that runs sitrep (default: java on the PATH).
set -euo pipefail
shopt -s inherit_errexit

events=${1:-1000000}
runs=${2:-3}
java=${JAVA:-java}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [[ ${BUILD:-1} != 0 ]]; then
  # shellcheck disable=SC2086 # MVN_ARGS is a list of flags
  mvn -B -q ${MVN_ARGS:-} -Pbenchmarks -pl cli,benchmarks -am package -DskipTests
fi
command -v jq > /dev/null || { echo "jq is not installed" >&2; exit 2; }

file=$("$java" -cp benchmarks/target/benchmarks.jar dev.sitrep.benchmarks.EventLines "$events")
bytes=$(stat -c %s "$file")
echo "file: $file"
echo "$events events, $bytes bytes; $("$java" -version 2>&1 | head -1); $(jq --version)"

# prints the seconds one run of the command took; fails if the command fails
seconds() {
  local start end
  start=$(date +%s%N)
  "$@"
  end=$(date +%s%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'
}

run_sitrep() {
  local out
  out=$("$java" -jar cli/target/sitrep.jar validate -q "$file" 2> /dev/null)
  # every line read and valid: "FILE: N events, 0 bad lines"
  [[ $out == "$file: $events events, 0 bad lines" ]] || { echo "sitrep: $out" >&2; return 1; }
}

run_jq() {
  jq -c . "$file" > /dev/null
}

# the runs in turn, sitrep then jq, so that both see the machine alike
sitrep_rates=()
jq_rates=()
for ((i = 1; i <= runs; i++)); do
  for tool in sitrep jq; do
    s=$(seconds "run_$tool")
    rate=$(awk -v b="$bytes" -v s="$s" 'BEGIN { printf "%.3f", b / 1e6 / s }')
    printf '%-6s run %d: %7.2f s, %7.1f MB/s\n' "$tool" "$i" "$s" "$rate"
    if [[ $tool == sitrep ]]; then sitrep_rates+=("$rate"); else jq_rates+=("$rate"); fi
  done
done

# prints the median of its arguments
median() {
  printf '%s\n' "$@" | sort -g | sed -n "$((($# + 1) / 2))p"
}
sitrep_rate=$(median "${sitrep_rates[@]}")
jq_rate=$(median "${jq_rates[@]}")

printf '\n| %s events, %s bytes | MB/s, median of %d runs |\n|---|---|\n' "$events" "$bytes" "$runs"
printf '| `sitrep validate -q FILE` | %.1f |\n' "$sitrep_rate"
printf '| `jq -c . FILE > /dev/null` | %.1f |\n' "$jq_rate"
awk -v s="$sitrep_rate" -v j="$jq_rate" 'BEGIN { printf "\nsitrep validate ÷ jq: %.2fx\n", s / j }'
