#!/usr/bin/env bash
# Dyad's test suite: unit and integration tests of every module, then the accuracy evaluation on
# ../shared/eval, which fails when a score falls below its floor in eval-floors.tsv.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
mvn -B verify
eval_dir="${DYAD_EVAL:-$here/../shared/eval}"
if [ -d "$eval_dir" ]; then
  # --petrarch: PETRARCH's own unit-test suite too, coded with its own dictionaries (about 20 s more)
  ./dyad eval --petrarch --floors eval-floors.tsv "$eval_dir"
else
  echo "test.sh: no evaluation data at $eval_dir; accuracy floors not checked" >&2
  exit 1
fi
