#!/usr/bin/env bash
# Counts the instructions (valgrind --tool=callgrind) that Krait and python3.11 execute
# for one fixed workload of some of pyperformance's benchmarks, in one run, and prints
# the ratio Krait/CPython. Unlike timings, the counts repeat on a busy shared machine;
# they leave out cache misses and branch mispredictions, so quote them next to
# Benchmarks/pyperformance.sh's times, not instead of them.
#     Benchmarks/instruction_counts.sh                    # every workload below
#     Benchmarks/instruction_counts.sh richards float     # chosen ones
# Each workload runs the benchmark file's own code (from the pyperformance package that
# pyperformance.sh downloads) with its `__main__` block replaced by one direct call.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="$root/Benchmarks/.cache"
version=1.0.9
python=$(command -v python3.11)
# The real interpreter, not a pyenv shim script, so callgrind counts CPython itself.
python=$("$python" -c 'import sys; print(sys.executable)')
command -v valgrind > /dev/null || { echo "instruction_counts.sh needs valgrind (apt-get install valgrind)" >&2; exit 1; }

declare -A calls=(
    [richards]='Richards().run(3)'
    [float]='benchmark(20000)'
    [deltablue]='delta_blue(2000)'
    [nbody]='bench_nbody(1, "sun", 5000)'
    [fannkuch]='fannkuch(8)'
    [spectral_norm]='bench_spectral_norm(1)'
    [coroutines]='bench_coroutines(1)'
)
benchmarks=("$@")
[ ${#benchmarks[@]} -gt 0 ] || benchmarks=(richards float deltablue nbody fannkuch spectral_norm coroutines)

mkdir -p "$cache"
if [ ! -d "$cache/pyperformance-$version" ]; then
    pip download --no-deps "pyperformance==$version" -d "$cache" >&2
    "$python" -m zipfile -e "$cache/pyperformance-$version-py3-none-any.whl" "$cache/pyperformance-$version"
fi
swift build --package-path "$root" --configuration release --product krait >&2
# Symbols without debug information: callgrind reads the stripped copy much faster.
krait="$cache/krait-stripped"
strip --strip-debug -o "$krait" "$root/.build/release/krait"
data="$cache/pyperformance-$version/pyperformance/data-files/benchmarks"

count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
        | awk '/Collected/ { print $4 }'
}

printf "%-16s %16s %16s %8s\n" benchmark "krait (instr)" "cpython (instr)" ratio
for b in "${benchmarks[@]}"; do
    call=${calls[$b]:?"no workload for $b"}
    workload="$cache/instructions_$b.py"
    # `import pyperf` is replaced by the clock pyperf offers; the main block never runs.
    sed -e 's/^import pyperf$/import time as pyperf/' -e "s/^if __name__ == ['\"]__main__['\"]:/if False:/" \
        "$data/bm_$b/run_benchmark.py" > "$workload"
    echo "$call" >> "$workload"
    k=$(cd "$cache" && count "$krait" "$workload")
    c=$(cd "$cache" && count "$python" "$workload")
    printf "%-16s %16s %16s %8s\n" "$b" "$k" "$c" "$(awk -v k="$k" -v c="$c" 'BEGIN { printf "%.2f", k / c }')"
done
