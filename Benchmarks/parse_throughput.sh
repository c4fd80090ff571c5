#!/usr/bin/env bash
# Parser throughput and memory, Krait against CPython, measured side by side:
#     Benchmarks/parse_throughput.sh [rounds]          (default 5)
#     PARSE_BENCH=path/to/ParseBench Benchmarks/parse_throughput.sh   (no build)
#
# Contenders, all over the same file list: Krait's ParseBench (release build),
# /usr/bin/python3.11's ast.parse, and its compile(…, 'exec'), which adds the
# bytecode compiler. Rounds interleave the contenders, so that a busy moment of this
# shared machine hurts all of them; the table gives each one's median and best MB/s.
# Then the peak RSS of parsing the largest file alone, with that of an empty file
# subtracted to leave out each process's start-up.
#
# The files are the .py files of that Python's stdlib which it parses, or those under
# KRAIT_BENCH_STDLIB if set (e.g. the bigger stdlib of a pyenv build, with its tests).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/require.sh
require_swift
require /usr/bin/python3.11 python3.11
require /usr/bin/time time

rounds=${1:-5}
python=/usr/bin/python3.11
# Passes over all files per measurement: long enough to dwarf process start-up.
repeat=3
cache=Benchmarks/.cache
mkdir -p "$cache"

# PARSE_BENCH names a ParseBench built already (e.g. by a runner that holds a build lock).
if [ -n "${PARSE_BENCH:-}" ]; then
    parse_bench=$PARSE_BENCH
else
    swift build --configuration release --product ParseBench
    parse_bench=.build/release/ParseBench
fi

stdlib=${KRAIT_BENCH_STDLIB:-$("$python" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')}
files=$cache/files.txt
"$python" Benchmarks/parse_bench.py files "$stdlib" > "$files"
echo "$(wc -l < "$files") files under $stdlib"

measure() {
    case $1 in
        krait) "$parse_bench" --repeat "$repeat" --files-from "$files" ;;
        ast | compile) "$python" Benchmarks/parse_bench.py "$1" --repeat "$repeat" --files-from "$files" ;;
    esac
}

results=$cache/throughput.txt
: > "$results"
for round in $(seq "$rounds"); do
    for contender in krait ast compile; do
        line=$(measure "$contender")
        echo "$contender $line" >> "$results"
        echo "round $round/$rounds $contender: $line"
    done
done
echo
"$python" Benchmarks/parse_bench.py report "$results"

# Maximum resident set size in KB, as /usr/bin/time reports it; the program's own
# output is dropped.
peak_rss() {
    /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { print $2 }'
}

largest=$(tr '\n' '\0' < "$files" | xargs -0 stat --format '%s %n' | sort -n | tail -1 | cut -d' ' -f2-)
empty=$cache/empty.py
: > "$empty"
krait_kb=$(peak_rss "$parse_bench" "$largest")
krait_base_kb=$(peak_rss "$parse_bench" "$empty")
cpython_kb=$(peak_rss "$python" Benchmarks/parse_bench.py ast "$largest")
cpython_base_kb=$(peak_rss "$python" Benchmarks/parse_bench.py ast "$empty")
echo
echo "Peak RSS parsing $largest ($(stat --format %s "$largest") bytes) alone:"
printf '%-30s %12s %24s\n' contender 'peak KB' 'KB above an empty file'
printf '%-30s %12d %24d\n' 'Krait PythonParser.parse' "$krait_kb" $((krait_kb - krait_base_kb))
printf '%-30s %12d %24d\n' 'CPython ast.parse' "$cpython_kb" $((cpython_kb - cpython_base_kb))
