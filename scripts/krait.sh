#!/usr/bin/env bash
# Builds krait (release) if anything changed, then runs it with the given arguments:
#     scripts/krait.sh --dump-ast Examples/hello.py
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/require.sh"
require_swift
require_header gmp.h libgmp-dev
require_header openssl/sha.h libssl-dev
require_header blake2.h libb2-dev
require_header zlib.h zlib1g-dev
require_header expat.h libexpat1-dev

# No cd: file arguments are relative to the caller's directory. The build's progress
# goes to stderr, because stdout belongs to the program being run. The Swift runtime
# is linked statically: resolving its symbols at load time was a third of start-up.
swift build --package-path "$root" --configuration release --product krait --static-swift-stdlib >&2
exec "$root/.build/release/krait" "$@"
