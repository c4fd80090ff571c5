"""Krait's pyperf-compatible module: the value loop, the Runner's options and its
JSON, run as a benchmark would run it — under python3.11 and, when $KRAIT names a
krait, under Krait too."""
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

import _paths
from pyperf import _output, _timing

# A benchmark in pyperformance's style: its own option, metadata, every bench_*.
BENCHMARK = textwrap.dedent("""
    import asyncio
    import sys
    import pyperf

    def work(n):
        return sum(range(n))

    def timed(loops, seconds):
        # Reports a fixed time, so that the recorded values can be checked exactly.
        for _ in range(loops):
            work(10)
        return seconds * loops

    async def pause():
        await asyncio.sleep(0)

    runner = pyperf.Runner(add_cmdline_args=lambda cmd, args: None)
    runner.argparser.add_argument("--size", type=int, default=50)
    runner.metadata["description"] = "test benchmark"
    args = runner.parse_args()
    runner.metadata["size"] = args.size
    runner.bench_func("func", work, args.size)
    runner.bench_time_func("time_func", timed, 0.002, inner_loops=4)
    runner.bench_async_func("async_func", pause)
    runner.bench_command("command", [sys.executable, "-c", "pass"])
    assert pyperf.python_implementation() == sys.implementation.name.lower()
    assert pyperf.perf_counter() > 0
""")


class CollectTests(unittest.TestCase):
    def test_calibration_doubles_loops_until_min_time(self):
        calls = []

        def timer(loops):
            calls.append(loops)
            return loops * 0.01

        loops, calibration, warmups, values = _timing.collect(
            timer, 0, 2, 3, 0.1, lambda seconds, loops: seconds / loops)
        # 1, 2, 4, 8 loops take less than 0.1 s; 16 take 0.16 s.
        self.assertEqual(loops, 16)
        self.assertEqual(calibration, 5)
        self.assertEqual(calls, [1, 2, 4, 8, 16, 16, 16, 16, 16, 16])
        self.assertEqual([pair[0] for pair in warmups], [1, 2, 4, 8, 16, 16, 16])
        for value in values + [pair[1] for pair in warmups]:
            self.assertAlmostEqual(value, 0.01)
        self.assertEqual(len(values), 3)

    def test_given_loops_skip_calibration(self):
        loops, calibration, warmups, values = _timing.collect(
            lambda loops: 1.0, 5, 1, 2, 0.1, lambda seconds, loops: seconds / loops)
        self.assertEqual((loops, calibration), (5, 0))
        self.assertEqual(warmups, [[5, 0.2]])
        self.assertEqual(values, [0.2, 0.2])

    def test_report_sees_every_value_in_order(self):
        seen = []
        _timing.collect(lambda loops: 1.0, 0, 1, 2, 0.5, lambda s, l: s,
                        lambda kind, index, value: seen.append((kind, index)))
        self.assertEqual(seen, [("Calibration", 1), ("Warmup", 1), ("Value", 1), ("Value", 2)])


class FormatTests(unittest.TestCase):
    def test_units(self):
        self.assertEqual(_output.format_seconds(1.5), "1.5 sec")
        self.assertEqual(_output.format_seconds(0.0123), "12.3 ms")
        self.assertEqual(_output.format_seconds(4.56e-6), "4.56 us")
        self.assertEqual(_output.format_seconds(7e-9), "7 ns")

    def test_summary(self):
        self.assertEqual(_output.summary_line("x", [0.001, 0.003]),
                         "x: Mean +- std dev: 2 ms +- 1.41 ms")
        self.assertEqual(_output.summary_line(None, [0.002]), "2 ms")


class RunnerTests(unittest.TestCase):
    def run_benchmark(self, python, *options):
        with tempfile.TemporaryDirectory() as directory:
            script = os.path.join(directory, "bm.py")
            with open(script, "w", encoding="utf-8") as file:
                file.write(BENCHMARK)
            output = os.path.join(directory, "out.json")
            env = dict(os.environ, PYTHONPATH=_paths.SHIM)
            result = subprocess.run([python, script, "-o", output] + list(options), env=env,
                                    capture_output=True, text=True, timeout=600)
            self.assertEqual(result.returncode, 0, result.stderr)
            with open(output, encoding="utf-8") as file:
                return json.load(file), result.stdout

    def check_document(self, document, stdout, values, warmups):
        self.assertEqual(document["version"], "1.0")
        names = [b["runs"][0]["metadata"]["name"] for b in document["benchmarks"]]
        self.assertEqual(names, ["func", "time_func", "async_func", "command"])
        for benchmark in document["benchmarks"]:
            run = benchmark["runs"][0]
            metadata = run["metadata"]
            self.assertEqual(len(run["values"]), values)
            self.assertEqual(len(run["warmups"]), metadata["calibration_values"] + warmups)
            self.assertEqual(metadata["description"], "test benchmark")
            self.assertEqual(metadata["size"], 7)
            self.assertTrue(all(value > 0 for value in run["values"]))
            self.assertIn(metadata["name"] + ": ", stdout)
        time_func = document["benchmarks"][1]["runs"][0]
        # 2 ms per loop, 4 inner loops: 0.5 ms per recorded iteration.
        for value in time_func["values"]:
            self.assertAlmostEqual(value, 0.0005)
        self.assertEqual(time_func["metadata"]["inner_loops"], 4)
        self.assertEqual(time_func["metadata"]["loops"], 1)

    def test_under_python(self):
        document, stdout = self.run_benchmark(sys.executable, "--size", "7", "--values", "4",
                                              "--warmups", "2", "--min-time", "0.001")
        self.check_document(document, stdout, values=4, warmups=2)

    def test_under_krait(self):
        krait = os.environ.get("KRAIT")
        if not krait:
            self.skipTest("set KRAIT to a krait executable to run the module under Krait")
        document, stdout = self.run_benchmark(krait, "--size", "7", "--values", "2",
                                              "--warmups", "1", "--min-time", "0.001")
        self.check_document(document, stdout, values=2, warmups=1)
        self.assertEqual(document["metadata"]["python_implementation"], "krait")

    def test_name_filter_and_append(self):
        with tempfile.TemporaryDirectory() as directory:
            script = os.path.join(directory, "bm.py")
            with open(script, "w", encoding="utf-8") as file:
                file.write(BENCHMARK)
            appended = os.path.join(directory, "all.json")
            env = dict(os.environ, PYTHONPATH=_paths.SHIM)
            for name in ("func", "time_func"):
                subprocess.run([sys.executable, script, "--debug-single-value", "--name", name,
                                "--append", appended], env=env, check=True, capture_output=True)
            with open(appended, encoding="utf-8") as file:
                document = json.load(file)
        runs = [b["runs"][0] for b in document["benchmarks"]]
        self.assertEqual([run["metadata"]["name"] for run in runs], ["func", "time_func"])
        for run in runs:
            self.assertEqual((len(run["values"]), run["warmups"], run["metadata"]["loops"]), (1, [], 1))


if __name__ == "__main__":
    unittest.main()
