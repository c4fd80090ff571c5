"""The command-line options of pyperf's Runner that a single worker process uses.

Real pyperf spawns worker processes and aggregates them; this module is one worker:
it times `--values` values after `--warmups` warm-ups, with `--loops` loops per value
(0: calibrate). Krait's Benchmarks/run.py runs the processes itself, interleaving
implementations, so the spawning options are left out.
"""
import argparse


def positive_int(text):
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be >= 1, got %s" % value)
    return value


def non_negative_int(text):
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be >= 0, got %s" % value)
    return value


def make_parser(values, warmups, loops, min_time):
    parser = argparse.ArgumentParser(
        description="Benchmark (Krait's pyperf-compatible worker)")
    parser.add_argument("-n", "--values", type=positive_int, default=values,
                        help="number of values (default: %(default)s)")
    parser.add_argument("-w", "--warmups", type=non_negative_int, default=warmups,
                        help="number of warm-up values (default: %(default)s)")
    parser.add_argument("-l", "--loops", type=non_negative_int, default=loops,
                        help="loops per value, 0 to calibrate (default: %(default)s)")
    parser.add_argument("--min-time", type=float, default=min_time,
                        help="minimum seconds of a calibrated value (default: %(default)s)")
    parser.add_argument("--fast", action="store_true",
                        help="fewer values, less precise")
    parser.add_argument("--rigorous", action="store_true",
                        help="more values, more precise")
    parser.add_argument("--debug-single-value", action="store_true",
                        help="one value of one loop, no warm-up")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the results as JSON to FILE")
    parser.add_argument("--append", metavar="FILE",
                        help="add the results to the JSON file FILE")
    parser.add_argument("--name", action="append", dest="names", metavar="NAME",
                        help="only run the benchmarks of these names")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="print only the summary of each benchmark")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print every value")
    return parser


def settle(args):
    """Applies --fast, --rigorous and --debug-single-value to this worker's counts
    (pyperf scales its number of processes too, which the caller decides here)."""
    if args.debug_single_value:
        args.values, args.warmups, args.loops = 1, 0, 1
    elif args.fast:
        args.values = max(args.values * 2 // 3, 2)
    elif args.rigorous:
        args.values = args.values * 5 // 3
    return args
