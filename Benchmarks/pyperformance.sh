#!/usr/bin/env bash
# Runs pyperformance's own benchmark files (downloaded from PyPI into Benchmarks/.cache,
# never committed) under Krait and under python3.11 in the same run, through the small
# pyperf stand-in in Benchmarks/pyperf_shim, and prints each benchmark's median time,
# the ratio Krait/CPython, and the geometric mean of the ratios.
#     Benchmarks/pyperformance.sh                 # the default list
#     Benchmarks/pyperformance.sh nbody richards  # chosen benchmarks
#     RUNS=9 Benchmarks/pyperformance.sh           # runs per benchmark (default 5)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="$root/Benchmarks/.cache"
version=1.0.9
runs=${RUNS:-5}
python=${PYTHON:-/usr/bin/python3.11}
[ -x "$python" ] || python=$(command -v python3.11)
benchmarks=("$@")
[ ${#benchmarks[@]} -gt 0 ] || benchmarks=(richards nbody float fannkuch spectral_norm chaos deltablue nqueens raytrace go hexiom unpack_sequence generators coroutines)

mkdir -p "$cache"
if [ ! -d "$cache/pyperformance-$version" ]; then
    pip download --no-deps "pyperformance==$version" -d "$cache" >&2
    "$python" -m zipfile -e "$cache/pyperformance-$version-py3-none-any.whl" "$cache/pyperformance-$version"
fi
swift build --package-path "$root" --configuration release --product krait --static-swift-stdlib >&2
krait="$root/.build/release/krait"
data="$cache/pyperformance-$version/pyperformance/data-files/benchmarks"

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

printf "%-16s %12s %12s %8s\n" benchmark "krait (s)" "cpython (s)" ratio
ratios=()
for b in "${benchmarks[@]}"; do
    file="$data/bm_$b/run_benchmark.py"
    k=$(cd "$(dirname "$file")" && PYTHONPATH="$root/Benchmarks/pyperf_shim" "$krait" "$file" "--runs=$runs" 2>/dev/null | awk 'NF == 3 { print $3 }' | median || true)
    c=$(cd "$(dirname "$file")" && PYTHONPATH="$root/Benchmarks/pyperf_shim" "$python" "$file" "--runs=$runs" 2>/dev/null | awk 'NF == 3 { print $3 }' | median)
    if [ -z "$k" ] || [ "$k" = 0 ]; then
        printf "%-16s %12s %12s %8s\n" "$b" "fails" "$c" "-"
        continue
    fi
    ratio=$(awk -v k="$k" -v c="$c" 'BEGIN { printf "%.3f", k / c }')
    ratios+=("$ratio")
    printf "%-16s %12s %12s %8s\n" "$b" "$k" "$c" "$ratio"
done
if [ ${#ratios[@]} -gt 0 ]; then
    printf "%s\n" "${ratios[@]}" | awk '{ s += log($1) } END { printf "geometric mean of %d ratios: %.3f\n", NR, exp(s / NR) }'
fi
