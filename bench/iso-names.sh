#!/usr/bin/env bash
# How many of iso-codes' names of the sending states (name, official_name and common_name in
# every language it ships) resolve strictly to the right country: per field, the languages
# below 98% and the forms two countries share.
#
#   bench/iso-names.sh            the report
#   bench/iso-names.sh --misses   ... and every form that does not resolve
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile >&2
cp=$(./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test 2>/dev/null)
exec java -cp "target/classes:target/test-classes:$cp" dev.consular.lookup.IsoNameCoverage "$@"
