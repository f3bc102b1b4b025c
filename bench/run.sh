#!/usr/bin/env bash
# Start-up benchmark of consular: whole-process wall time and peak RSS, as medians of paired,
# alternating runs against a Java hello world (same JDK, same flags) and jq on the same data.
# Ratios matter more than milliseconds: shared machines drift, pairs drift together.
#
#   bench/run.sh           20 pairs per case (a few minutes)
#   bench/run.sh --quick   3 pairs per case (CI: proves the script works; no pass or fail on time)
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=20
[ "${1:-}" = "--quick" ] && pairs=3

work=target/bench
mkdir -p "$work"
[ -f target/consular.jar ] || ./mvnw -B -q -DskipTests package
javac -d "$work" bench/Hello.java
java_flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto"
hello="java $java_flags -cp $work Hello"
./consular --version >/dev/null            # builds the class-data archive if it is missing
for _ in $(seq 1 1250); do printf "germany\nФранция\nkz\nUSA\n"; done > "$work/queries.txt"
have_jq=$(command -v jq >/dev/null && echo yes || echo no)
have_script=$(command -v script >/dev/null && echo yes || echo no)

# one run: wall milliseconds and peak RSS in KiB of a shell command
measure() {
  local start end rss
  start=$(date +%s%N)
  /usr/bin/time -f %M -o "$work/rss" bash -c "$1" >/dev/null 2>&1 || true
  rss=$(tail -n 1 "$work/rss")
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

printf '%-44s %9s %9s %7s %9s\n' "case" "median ms" "hello ms" "ratio" "peak RSS"
case_row() {
  local name=$1 cmd=$2 base=$3
  local t=() h=() r=()
  for _ in $(seq 1 "$pairs"); do
    read -r hm _ < <(measure "$base")
    read -r cm cr < <(measure "$cmd")
    h+=("$hm"); t+=("$cm"); r+=("$cr")
  done
  local mt mh mr
  mt=$(printf '%s\n' "${t[@]}" | median); mh=$(printf '%s\n' "${h[@]}" | median); mr=$(printf '%s\n' "${r[@]}" | median)
  printf '%-44s %9s %9s %6.2fx %6s MiB\n' "$name" "$mt" "$mh" "$(echo "$mt $mh" | awk '{print $1/$2}')" "$((mr / 1024))"
}

case_row "embassy germany (piped)" "./consular embassy germany" "$hello"
if [ "$have_script" = yes ]; then
  case_row "embassy germany (pseudo-terminal)" "script -qec './consular embassy germany' /dev/null" "script -qec '$hello' /dev/null"
fi
case_row "embassy germany --json (piped)" "./consular embassy germany --json" "$hello"
case_row "advisory (piped)" "./consular advisory" "$hello"
case_row "5,000 queries on stdin (jsonl)" "./consular embassy - --format jsonl < $work/queries.txt" "$hello"
case_row "one lookup, for the 5,000 ratio" "./consular embassy germany --format jsonl" "$hello"
if [ "$have_jq" = yes ]; then
  case_row "jq on the same data (floor of a JSON tool)" "jq -c '.missions[]' data/countries/de.json" "$hello"
fi

echo
echo "Prompt: latency of a query inside the interactive prompt (after start-up)"
cp=$(./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test 2>/dev/null)
if [ -d target/test-classes ]; then
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "target/classes:target/test-classes:$cp" dev.consular.bench.PromptLatency "$([ "$pairs" = 3 ] && echo 500 || echo 5000)"
else
  echo "(run ./mvnw verify first to build the test classes)"
fi
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
