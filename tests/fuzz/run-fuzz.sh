#!/bin/sh
# run-fuzz.sh TARGET WORKDIR SEEDS [DICT]: a short libFuzzer run for the test suite.
# New inputs go to WORKDIR (in the build tree); the committed seeds are only read.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
target=$1
work=$2
seeds=$3
dict=${4:-}

mkdir -p "$work"
set -- -runs=20000 -max_total_time=10 -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -print_final_stats=1
if [ -n "$dict" ]; then
  set -- "$@" "-dict=$dict"
fi
exec "$target" "$@" "$work" "$seeds"
