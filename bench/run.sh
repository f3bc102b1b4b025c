#!/usr/bin/env bash
# Speed of consular as a user meets it: each case is a whole process started directly (no shell or timer
# wrapped around it), paired and alternating with a plain Java hello world run with the JDK's default flags.
# Machines drift; the pairs drift together, so the median ratio is the figure to quote.
#
#   bench/run.sh           15 pairs per case (a few minutes)
#   bench/run.sh --quick   3 pairs per case (CI: proves the script works; no pass or fail on time)
#   CONSULAR=PATH bench/run.sh   times another launcher (an installed one) instead of ./consular
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=15
[ "${1:-}" = "--quick" ] && pairs=3
consular=${CONSULAR:-./consular}

work=target/bench
mkdir -p "$work"
[ -f target/consular.jar ] || ./mvnw -B -q -DskipTests package
javac -d "$work" bench/Hello.java
"$consular" --version >/dev/null            # builds the class-data archive if it is missing
for _ in $(seq 1 1250); do printf 'germany\nФранция\nkz\nUSA\n'; done > "$work/hits.txt"
for _ in $(seq 1 400); do printf 'grmany\nfrnce\nkazakstn\nuzbekstan\nvietnm\n'; done > "$work/typos.txt"

pair() { python3 bench/pair.py --pairs "$pairs" "$@" --vs java -cp "$work" Hello; }

printf '%-34s %7s %6s %6s %7s %7s %10s\n' case "median" min max hello ratio "peak RSS"
pair --name "embassy germany (text)" -- "$consular" embassy germany
pair --name "embassy germany --format json" -- "$consular" embassy germany --format json
pair --name "embassy germany --format csv" -- "$consular" embassy germany --format csv
pair --name "embassy germany --format vcard" -- "$consular" embassy germany --format vcard
pair --name "countries" -- "$consular" countries
pair --name "advisory" -- "$consular" advisory
pair --name "near Moscow" -- "$consular" near Moscow
pair --name "5,000 hits on stdin (jsonl)" --stdin "$work/hits.txt" -- "$consular" embassy - --format jsonl
pair --name "2,000 typos on stdin (jsonl)" --stdin "$work/typos.txt" -- "$consular" embassy - --format jsonl
if [ -z "${CONSULAR:-}" ]; then
  # the launcher a user runs after `consular install`: no source checkout to look at, its own archive
  rm -rf "$work/prefix"
  "$consular" install --prefix "$work/prefix" >/dev/null
  "$work/prefix/bin/consular" --version >/dev/null   # makes its class-data archive
  pair --name "installed: embassy germany" -- "$work/prefix/bin/consular" embassy germany
fi
echo "(times in ms; ratio: median of the per-pair ratios against 'java -cp $work Hello', default flags)"

echo
echo "Prompt: latency of a query inside the interactive prompt (after start-up)"
cp=$(./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test 2>/dev/null || true)
if [ -d target/test-classes ] && [ -n "$cp" ]; then
  java -XX:TieredStopAtLevel=1 -cp "target/classes:target/test-classes:$cp" dev.consular.bench.PromptLatency "$([ "$pairs" = 3 ] && echo 500 || echo 5000)"
else
  echo "(run ./mvnw verify first to build the test classes)"
fi
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
