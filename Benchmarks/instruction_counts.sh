#!/usr/bin/env bash
# Counts the instructions (valgrind --tool=callgrind) that Krait and python3.11 execute
# for one fixed workload of some of pyperformance's benchmarks, in one run, and prints
# the ratio Krait/CPython: against Debian's optimised /usr/bin/python3.11 (the faster
# CPython here, which the timings compare with) and, when there is one, the python3.11
# on PATH (pyenv's, built without profile-guided optimisation). Unlike timings, the counts repeat on a busy shared machine;
# they leave out cache misses and branch mispredictions, so quote them next to
# Benchmarks/run.py's times, not instead of them.
#     Benchmarks/instruction_counts.sh                    # every workload below
#     Benchmarks/instruction_counts.sh richards float     # chosen ones
# Each workload runs the benchmark file's own code (from the pyperformance package that
# Benchmarks/run.py downloads) with its `__main__` block replaced by one direct call.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="$root/Benchmarks/.cache"
version=1.0.9
python=${PYTHON:-/usr/bin/python3.11}
[ -x "$python" ] || python=$(command -v python3.11)
# The real interpreter behind a pyenv shim script, so callgrind counts CPython itself.
other=$(python3.11 -c 'import sys; print(sys.executable)' 2>/dev/null || true)
[ "$other" != "$python" ] || other=
command -v valgrind > /dev/null || { echo "instruction_counts.sh needs valgrind (apt-get install valgrind)" >&2; exit 1; }

declare -A calls=(
    [richards]='Richards().run(3)'
    [float]='benchmark(20000)'
    [deltablue]='delta_blue(2000)'
    [nbody]='bench_nbody(1, "sun", 5000)'
    [fannkuch]='fannkuch(8)'
    [spectral_norm]='bench_spectral_norm(1)'
    [coroutines]='bench_coroutines(1)'
    [nqueens]='bench_n_queens(8)'
)
benchmarks=("$@")
[ ${#benchmarks[@]} -gt 0 ] || benchmarks=(richards float deltablue nbody fannkuch spectral_norm coroutines nqueens)

mkdir -p "$cache"
if [ ! -d "$cache/pyperformance-$version" ]; then
    pip download --no-deps "pyperformance==$version" -d "$cache" >&2
    "$python" -m zipfile -e "$cache/pyperformance-$version-py3-none-any.whl" "$cache/pyperformance-$version"
fi
swift build --package-path "$root" --configuration release --product krait --static-swift-stdlib >&2
# Symbols without debug information: callgrind reads the stripped copy much faster.
krait="$cache/krait-stripped"
strip --strip-debug -o "$krait" "$root/.build/release/krait"
data="$cache/pyperformance-$version/pyperformance/data-files/benchmarks"

# A fixed hash seed: set iteration orders otherwise move the counts by about 1%.
count() {
    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
        | awk '/Collected/ { print $4 }'
}

printf "%-16s %16s %16s %8s %16s %8s\n" benchmark "krait (instr)" "$python" ratio "${other:-}" "${other:+ratio}"
for b in "${benchmarks[@]}"; do
    call=${calls[$b]:?"no workload for $b"}
    workload="$cache/instructions_$b.py"
    # `import pyperf` is replaced by the clock pyperf offers; the main block never runs.
    sed -e 's/^import pyperf$/import time as pyperf/' -e "s/^if __name__ == ['\"]__main__['\"]:/if False:/" \
        "$data/bm_$b/run_benchmark.py" > "$workload"
    echo "$call" >> "$workload"
    k=$(cd "$cache" && count "$krait" "$workload")
    c=$(cd "$cache" && count "$python" "$workload")
    o=""; r=""
    if [ -n "$other" ]; then
        o=$(cd "$cache" && count "$other" "$workload")
        r=$(awk -v k="$k" -v c="$o" 'BEGIN { printf "%.2f", k / c }')
    fi
    printf "%-16s %16s %16s %8s %16s %8s\n" "$b" "$k" "$c" "$(awk -v k="$k" -v c="$c" 'BEGIN { printf "%.2f", k / c }')" "$o" "$r"
done
