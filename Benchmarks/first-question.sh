#!/usr/bin/env bash
# Measures how long `rolefit take` (release) needs from process start to the first question on
# stdout, with the shipped banks, over 20 runs (JSON-lines mode, so the moment is unambiguous).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product rolefit >/dev/null
python3 - <<'PY'
import os, shutil, statistics, subprocess, tempfile, time
times = []
for run in range(20):
    folder = tempfile.mkdtemp()
    start = time.perf_counter()
    process = subprocess.Popen([".build/release/rolefit", "take", "--format", "jsonl", "--name", "bench",
                                "--results", folder, "--seed", str(run)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    for line in process.stdout:
        if b'"type":"question"' in line:
            times.append(time.perf_counter() - start)
            break
    process.kill()
    process.wait()
    shutil.rmtree(folder)
times.sort()
print(f"first question after start (release, {len(times)} runs): median {statistics.median(times)*1000:.1f} ms, "
      f"best {times[0]*1000:.1f} ms, worst {times[-1]*1000:.1f} ms")
PY
