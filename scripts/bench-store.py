#!/usr/bin/env python3
"""Drives N concurrent `rolefit take --format jsonl` sessions against one store and reports answers
committed per second and the time from sending an answer to reading the next question (p50, p99).
An answer counts as committed when the next question (or the result) arrives: rolefit shows it only
after the answer is durable (fsync'd journal line, or committed row).

    bench-store.py ROLEFIT_BINARY BANKS WRITERS -- STORE OPTIONS...
"""
import json
import os
import selectors
import subprocess
import sys
import time


def answer(question):
    turn = question.get("index", 1) - 1
    options = len(question.get("options") or []) or 2
    kind = question.get("kind")
    if kind == "self-rating":
        return str(1 + turn % 5)
    if kind == "multiple-response":
        return "1,%d" % (2 + turn % max(1, options - 1))
    return str(1 + (turn * 7 + 3) % options)


def main():
    binary, banks, writers = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = sys.argv[sys.argv.index("--") + 1:]
    selector = selectors.DefaultSelector()
    sessions = {}
    start = time.monotonic()
    for index in range(writers):
        process = subprocess.Popen(
            [binary, "take", "--format", "jsonl", "--name", "Bench %d" % index, "--banks", banks,
             "--seed", str(1000 + index)] + store,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0)
        os.set_blocking(process.stdout.fileno(), False)
        sessions[process.stdout.fileno()] = {"process": process, "buffer": b"", "sent": None}
        selector.register(process.stdout, selectors.EVENT_READ, process.stdout.fileno())
    latencies = []
    committed = 0
    results = 0
    open_count = writers
    while open_count:
        for key, _ in selector.select(timeout=60):
            session = sessions[key.data]
            chunk = os.read(key.data, 65536)
            if not chunk:
                selector.unregister(key.fileobj)
                session["process"].wait()
                open_count -= 1
                continue
            session["buffer"] += chunk
            while b"\n" in session["buffer"]:
                line, session["buffer"] = session["buffer"].split(b"\n", 1)
                try:
                    event = json.loads(line)
                except ValueError:
                    continue
                kind = event.get("type")
                if kind not in ("question", "result"):
                    continue
                now = time.monotonic()
                if session["sent"] is not None:
                    latencies.append(now - session["sent"])
                    committed += 1
                    session["sent"] = None
                if kind == "question":
                    session["process"].stdin.write((answer(event) + "\n").encode())
                    session["sent"] = time.monotonic()
                else:
                    results += 1
                    session["process"].stdin.close()
    elapsed = time.monotonic() - start
    latencies.sort()

    def percentile(p):
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else float("nan")

    print(json.dumps({
        "writers": writers, "results": results, "answers": committed, "seconds": round(elapsed, 2),
        "answers_per_second": round(committed / elapsed, 1),
        "p50_ms": round(percentile(0.50), 1), "p99_ms": round(percentile(0.99), 1), "max_ms": round(percentile(1.0), 1),
    }))


if __name__ == "__main__":
    main()
