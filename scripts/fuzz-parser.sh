#!/usr/bin/env bash
# Fuzzes the parser with libFuzzer and AddressSanitizer for a bounded time:
#     scripts/fuzz-parser.sh [seconds]          (default 120)
#
# Compiles Fuzz/ParserFuzzer/main.swift with all of Sources/Parser into
# .fuzz/parser-fuzzer, seeds it with the invalid-program corpus and the smaller
# stdlib modules, and keeps the inputs it finds interesting in .fuzz/corpus for the
# next run. A crash, a sanitizer report or an input taking over 10 s stops the run
# (exit status non-zero) and is saved in .fuzz/crashes/; replay it with
#     .fuzz/parser-fuzzer .fuzz/crashes/<file>
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/require.sh
require_swift
require python3.11 python3.11

seconds=${1:-120}
# Inputs are cut to this many bytes: larger ones mostly slow every mutation down.
max_len=16384

mkdir -p .fuzz/corpus .fuzz/crashes .fuzz/include
mapfile -t sources < <(find Sources/Parser -name '*.swift' | sort)
# The parser imports the small C module NativeStack: compile it and describe it to
# swiftc with a module map, as SwiftPM does.
clang -O2 -c Sources/NativeStack/NativeStack.c -I Sources/NativeStack/include -o .fuzz/NativeStack.o
cat > .fuzz/include/module.modulemap <<MAP
module NativeStack {
    header "$PWD/Sources/NativeStack/include/NativeStack.h"
    export *
}
MAP
# lld, because gold prints a warning for each of ASan's local symbols.
swiftc -sanitize=fuzzer,address -parse-as-library -O -use-ld=lld -I .fuzz/include \
    -module-name ParserFuzzer "${sources[@]}" Fuzz/ParserFuzzer/main.swift .fuzz/NativeStack.o \
    -o .fuzz/parser-fuzzer

# Seeds are rebuilt each run, so they follow the corpus and the installed stdlib.
rm -rf .fuzz/seeds
mkdir -p .fuzz/seeds
cp Tests/ParserTests/InvalidPrograms/cases/*.py .fuzz/seeds/
stdlib=$(python3.11 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
while IFS= read -r -d '' file; do
    relative=${file#"$stdlib"/}
    cp "$file" ".fuzz/seeds/stdlib_${relative//\//_}"
done < <(find "$stdlib" -name site-packages -prune -o -name '*.py' -size -"$max_len"c -print0)

# New inputs go to the first directory given, .fuzz/corpus.
.fuzz/parser-fuzzer .fuzz/corpus .fuzz/seeds \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=10 \
    -artifact_prefix=.fuzz/crashes/ -print_final_stats=1
