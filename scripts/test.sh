#!/usr/bin/env bash
# Builds and runs the whole test suite; arguments go to `swift test`:
#     scripts/test.sh
#     scripts/test.sh --filter InvalidProgramTests
#     KRAIT_STDLIB_FILTER=json/ scripts/test.sh --filter StdlibConformanceTests
#
# KRAIT_TEST_CONFIGURATION is release (the default) or debug. Release, because the
# stdlib conformance test parses all of CPython's standard library (about 1,800 files,
# 30 MB), which an unoptimised parser makes slow. A release build needs
# -enable-testing for `@testable import` and for the test discovery of Linux, which
# imports the test modules that way. Tests build into .build-tests/, apart from the
# release build of scripts/krait.sh, so that the two sets of compiler flags do not
# keep rebuilding each other.
#
# The tests need python3.11, which produces CPython's expected results at test time.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/require.sh
require_swift
require python3.11 python3.11
# Big ints are built on GMP.
require_header gmp.h libgmp-dev
# hashlib's digests are OpenSSL's, BLAKE2 is libb2's.
require_header openssl/sha.h libssl-dev
require_header blake2.h libb2-dev
# zlib is the system's libz.
require_header zlib.h zlib1g-dev
# pyexpat is the system's libexpat.
require_header expat.h libexpat1-dev

configuration=${KRAIT_TEST_CONFIGURATION:-release}
flags=(--configuration "$configuration" --scratch-path .build-tests)
if [ "$configuration" = release ]; then
    flags+=(-Xswiftc -enable-testing)
fi

swift build --build-tests "${flags[@]}"
# The test runner's own summary ("Executed N tests, with M failures …") is the last
# thing printed, and the exit status is the runner's. The tests are XCTest; without
# --disable-swift-testing an empty Swift Testing run would print the last line.
swift test --skip-build --disable-swift-testing "${flags[@]}" "$@"
