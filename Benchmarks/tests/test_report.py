"""The runner's statistics, report tables, CSV files and SVG curves, from made-up
results whose expected numbers are worked out here."""
import csv
import os
import tempfile
import unittest
import xml.etree.ElementTree as ElementTree

import _paths  # noqa: F401
from krait_bench import measure, output, report, svg
from krait_bench.implementations import Implementation
from krait_bench.results import Failure, Results, Series, geometric_mean, summarize

CPYTHON = Implementation("cpython", ["python3.11"], "cpython 3.11.2")
KRAIT = Implementation("krait-interpreter", ["krait", "--engine", "interpreter"], "krait 3.11.7")
IMPLEMENTATIONS = [KRAIT, CPYTHON]


def series(row, implementation, times, process=1, calibration=1, rss=1000):
    phases = ["calibration"] * calibration + ["value"] * (len(times) - calibration)
    return Series(row, implementation, process, phases, [1] * len(times), list(times), rss)


def sample_results():
    results = Results()
    # richards: krait twice as slow in steady state, three times at first.
    results.add_series(series("richards", "cpython", [0.3, 0.1, 0.1, 0.1]), "pyperformance", "richards")
    results.add_series(series("richards", "krait-interpreter", [0.9, 0.2, 0.2, 0.2], rss=3000),
                       "pyperformance", "richards")
    # nbody: krait half the time.
    results.add_series(series("nbody", "cpython", [0.4, 0.4, 0.4]), "pyperformance", "nbody")
    results.add_series(series("nbody", "krait-interpreter", [0.2, 0.2, 0.2], rss=500),
                       "pyperformance", "nbody")
    results.add_series(series("go", "cpython", [0.5, 0.5]), "pyperformance", "go")
    results.add_failure(Failure("go", "krait-interpreter", "ModuleNotFoundError: No module named 'x'"))
    return results


class StatisticsTests(unittest.TestCase):
    def test_summarize_pools_the_last_values_of_every_process(self):
        cell = summarize([series("r", "k", [5.0, 1.0, 2.0, 3.0], process=1, rss=10),
                          series("r", "k", [7.0, 4.0, 6.0, 8.0], process=2, rss=30)], last=2)
        # First values 5 and 7; the last two values of each: 2, 3, 6, 8.
        self.assertEqual((cell.first, cell.steady, cell.steady_count, cell.peak_rss_kb), (6.0, 4.5, 4, 30))

    def test_summarize_without_values(self):
        self.assertIsNone(summarize([], last=3))

    def test_geometric_mean(self):
        self.assertAlmostEqual(geometric_mean([2.0, 0.5, 4.0]), 4 ** (1 / 3))
        self.assertIsNone(geometric_mean([None]))

    def test_rotations_change_the_order_every_round(self):
        orders = [order for _, order in measure.rotations(["a", "b", "c"], 4)]
        self.assertEqual(orders, [["a", "b", "c"], ["b", "c", "a"], ["c", "a", "b"], ["a", "b", "c"]])

    def test_series_from_a_worker_document(self):
        document = {"benchmarks": [{"runs": [{
            "metadata": {"name": "x", "loops": 4, "inner_loops": 1, "calibration_values": 3},
            "warmups": [[1, 0.5], [2, 0.3], [4, 0.2], [4, 0.2]], "values": [0.1, 0.1]}]}]}
        found = measure.series_from_document(document, "cpython", 2, 1234)
        self.assertEqual(len(found), 1)
        self.assertEqual(found[0].phases, ["calibration"] * 3 + ["warmup"] + ["value"] * 2)
        self.assertEqual(found[0].loops, [1, 2, 4, 4, 4, 4])
        self.assertEqual(found[0].iteration_ends(), [1, 3, 7, 11, 15, 19])
        self.assertEqual(found[0].steady_values(), [0.1, 0.1])
        self.assertEqual((found[0].process, found[0].peak_rss_kb), (2, 1234))


class MarkdownTests(unittest.TestCase):
    def setUp(self):
        self.text = report.markdown(sample_results(), IMPLEMENTATIONS, "cpython", last=2)

    def row(self, heading, name):
        section = self.text.split(heading, 1)[1]
        for line in section.splitlines():
            if line.startswith("| %s |" % name):
                return [field.strip() for field in line.strip("|").split("|")]
        self.fail("no row %s under %s" % (name, heading))

    def test_steady_ratios_and_their_geometric_mean(self):
        heading = "steady state"
        self.assertEqual(self.row(heading, "richards"), ["richards", "100 ms", "200 ms", "2.00"])
        self.assertEqual(self.row(heading, "nbody"), ["nbody", "400 ms", "200 ms", "0.50"])
        # go fails under krait: the mean is of the two others, sqrt(2 * 0.5) = 1.
        self.assertEqual(self.row(heading, "**geometric mean**"), ["**geometric mean**", "", "(2)", "**1.00**"])

    def test_first_iteration_and_memory(self):
        self.assertEqual(self.row("first iteration", "richards")[2:], ["900 ms", "3.00"])
        self.assertEqual(self.row("peak RSS", "richards")[1:], ["1.0", "2.9", "3.00"])

    def test_failures_are_listed_with_their_error(self):
        self.assertEqual(self.row("steady state", "go")[2], "fails")
        self.assertIn("| go | krait-interpreter | `ModuleNotFoundError: No module named 'x'` |", self.text)


class FileTests(unittest.TestCase):
    def test_files_of_a_run(self):
        with tempfile.TemporaryDirectory() as directory:
            output.write_all(directory, sample_results(), IMPLEMENTATIONS, "cpython", 2, preamble="# run\n")
            with open(os.path.join(directory, "raw.csv"), encoding="utf-8") as file:
                raw = list(csv.DictReader(file))
            with open(os.path.join(directory, "summary.csv"), encoding="utf-8") as file:
                summary = {(r["row"], r["implementation"]): r for r in csv.DictReader(file)}
            with open(os.path.join(directory, "report.md"), encoding="utf-8") as file:
                self.assertTrue(file.read().startswith("# run\n## Results"))
            svgs = sorted(os.listdir(os.path.join(directory, "svg")))
        # 4 + 4 + 3 + 3 + 2 values.
        self.assertEqual(len(raw), 16)
        krait_richards = [r for r in raw if r["row"] == "richards" and r["implementation"] == "krait-interpreter"]
        self.assertEqual([r["iterations"] for r in krait_richards], ["1", "2", "3", "4"])
        self.assertEqual(float(krait_richards[0]["seconds_per_iteration"]), 0.9)
        self.assertEqual(summary[("richards", "krait-interpreter")]["steady_ratio"], "2.0000")
        self.assertEqual(summary[("go", "krait-interpreter")]["status"], "failed")
        self.assertIn("No module named", summary[("go", "krait-interpreter")]["error"])
        self.assertEqual(svgs, ["go.svg", "nbody.svg", "richards.svg"])


class SvgTests(unittest.TestCase):
    def parse(self, document):
        return ElementTree.fromstring(document)

    def test_one_polyline_per_curve_inside_the_plot(self):
        curves = [("a", [(1, 0.3), (2, 0.1), (3, 0.1)]), ("b", [(1, 0.2), (2, 0.2)])]
        root = self.parse(svg.warmup_curves("t", curves, log_y=False))
        lines = root.findall("{http://www.w3.org/2000/svg}polyline")
        self.assertEqual(len(lines), 2)
        for line in lines:
            for point in line.get("points").split():
                x, y = map(float, point.split(","))
                self.assertTrue(svg.LEFT <= x <= svg.WIDTH - svg.RIGHT)
                self.assertTrue(svg.TOP <= y <= svg.HEIGHT - svg.BOTTOM)

    def test_log_scale_when_times_span_more_than_ten_times(self):
        slow_then_fast = [("pypy", [(1, 1.0), (2, 0.01)])]
        self.assertTrue(svg.wants_log(slow_then_fast))
        self.assertFalse(svg.wants_log([("x", [(1, 1.0), (2, 0.5)])]))
        text = svg.warmup_curves("t", slow_then_fast)
        self.assertIn("(log scale)", text)
        # Decades 10 ms .. 1 s are labelled.
        for label in ("10 ms", "100 ms", "1 s"):
            self.assertIn(">%s<" % label, text)

    def test_log_x_when_curves_differ_a_hundredfold(self):
        self.assertTrue(svg.wants_log_x([("a", [(1, 1.0), (10000, 1.0)]), ("b", [(1, 1.0), (50, 1.0)])]))
        self.assertIn(">10k<", svg.warmup_curves("t", [("a", [(1, 1.0), (10000, 1.0)])], log_x=True))

    def test_no_values(self):
        self.assertIn("no values", svg.warmup_curves("t", [("a", [])]))

    def test_ticks_are_round(self):
        self.assertEqual(svg.nice_ticks(0, 10), [0, 2, 4, 6, 8, 10])
        self.assertEqual(svg.decade_ticks(0.003, 0.2), [0.001, 0.01, 0.1, 1.0])
        self.assertEqual(svg.nice_ticks(0, 2.2), [0, 0.5, 1.0, 1.5, 2.0])


if __name__ == "__main__":
    unittest.main()
