#!/usr/bin/env bash
# Sums libFuzzer executions per target from the committed log (Fuzz/executions.log, appended by scripts/fuzz.sh).
#   scripts/fuzz-totals.sh [LOG]
# Prints, per target: runs, seconds and executions in the log, the issue-9 campaign's executions (summed
# by hand in docs/hardening.md before the log existed; approximate), their sum, and whether it reaches the
# 10 M goal. Runs whose executions are "unknown" count as runs but add nothing. Exits 0 (a report, not a check).
set -euo pipefail
cd "$(dirname "$0")/.."
log=${1:-Fuzz/executions.log}
[ -r "$log" ] || { echo "fuzz-totals: cannot read '$log'" >&2; exit 1; }
awk '
BEGIN {
    # The issue-9 campaign (23 Nov 2026), from docs/hardening.md; it ran before Fuzz/executions.log existed.
    earlier["FuzzBankLoader"] = 950000; earlier["FuzzGiftImport"] = 150000; earlier["FuzzAikenImport"] = 3900000
    earlier["FuzzResultReader"] = 3750000; earlier["FuzzJournalReader"] = 8600000
    split("FuzzBankLoader FuzzGiftImport FuzzAikenImport FuzzResultReader FuzzJournalReader FuzzSessionInput FuzzResultRanges", order, " ")
    goal = 10000000
}
/^#/ || NF < 4 { next }
{
    target = $2; seconds = $3; sub(/s$/, "", seconds)
    runs[target]++; time[target] += seconds
    if (match($4, /^executions=[0-9]+$/)) { executions[target] += substr($4, 12) }
}
END {
    printf "%-18s %5s %8s %14s %12s %14s  %s\n", "target", "runs", "seconds", "log", "issue 9", "total", "10 M goal"
    for (i = 1; i <= length(order); i++) {
        t = order[i]; total = executions[t] + earlier[t]
        printf "%-18s %5d %8d %14d %12d %14d  %s\n", t, runs[t], time[t], executions[t], earlier[t], total, (total >= goal ? "reached" : sprintf("%.1f M short", (goal - total) / 1e6))
    }
}' "$log"
