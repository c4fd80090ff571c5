#!/usr/bin/env bash
# Allocation throughput and collection pauses, Krait's heap against CPython 3.11's, for
# heaps of 10^5 to 10^7 small objects, in one run:
#     Benchmarks/gc_bench.sh [counts…]        (default 100000 1000000 10000000)
#
# Both build a linked list of two-slot objects (Krait: a 32-byte object; CPython: a
# 2-tuple) and time building it, a full collection with the list alive, and one after
# dropping it. CPython's time to free the dropped list is mostly spent in reference
# counting when `head = None` runs, before its gc.collect(); Krait frees in the sweep.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/require.sh
require_swift
require /usr/bin/python3.11 python3.11

counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(100000 1000000 10000000)
swift build --configuration release --product GCBench >&2
for n in "${counts[@]}"; do
    echo "krait   $(.build/release/GCBench "$n")"
    echo "cpython $(/usr/bin/python3.11 Benchmarks/gc_bench.py "$n")"
done
