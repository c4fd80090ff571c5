"""Finding benchmarks in a pyperformance tree (a made-up one, so no download), and
measuring child processes: peak RSS without the runner's own, timeouts, errors."""
import os
import sys
import tempfile
import textwrap
import unittest

import _paths  # noqa: F401
from krait_bench import process, suite


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as file:
        file.write(textwrap.dedent(text))


class SuiteTests(unittest.TestCase):
    def setUp(self):
        self.temporary = tempfile.TemporaryDirectory()
        self.data = self.temporary.name
        write(os.path.join(self.data, "MANIFEST"), """\
            [benchmarks]

            name\tmetafile
            pickle\t<local>
            pickle_pure_python\t<local:pickle>
            # commented\t<local>
            django_template\t<local>

            [group default]
            """)
        write(os.path.join(self.data, "bm_pickle", "pyproject.toml"), """\
            [tool.pyperformance]
            name = "pickle"
            extra_opts = ["pickle"]
            """)
        write(os.path.join(self.data, "bm_pickle", "bm_pickle_pure_python.toml"), """\
            [tool.pyperformance]
            name = "pickle_pure_python"
            extra_opts = ["--pure-python", "pickle"]
            """)
        write(os.path.join(self.data, "bm_django_template", "pyproject.toml"), """\
            [project]
            name = "pyperformance_bm_django_template"
            """)
        write(os.path.join(self.data, "bm_django_template", "requirements.txt"), """\
            django==3.2.4
            # a comment
            pytz==2021.1  # pinned
            """)

    def tearDown(self):
        self.temporary.cleanup()

    def test_manifest_entries(self):
        self.assertEqual(suite.read_manifest(self.data), {
            "pickle": "<local>", "pickle_pure_python": "<local:pickle>", "django_template": "<local>"})

    def test_a_metafile_in_another_benchmarks_directory(self):
        benchmark = suite.find(self.data, "pickle_pure_python")
        self.assertEqual(benchmark.directory, os.path.join(self.data, "bm_pickle"))
        self.assertEqual(benchmark.script, os.path.join(self.data, "bm_pickle", "run_benchmark.py"))
        self.assertEqual(benchmark.options, ["--pure-python", "pickle"])
        self.assertEqual(benchmark.requirements, [])

    def test_requirements(self):
        benchmark = suite.find(self.data, "django_template")
        self.assertEqual(benchmark.options, [])
        self.assertEqual(benchmark.requirements, ["django==3.2.4", "pytz==2021.1"])

    def test_unknown_name(self):
        with self.assertRaises(KeyError):
            suite.find(self.data, "nosuch")


class ProcessTests(unittest.TestCase):
    def test_peak_rss_is_the_childs_own(self):
        # Written, so resident: Linux would carry this process's peak into a child
        # exec'd straight from it.
        ballast = b"\x01" * (150 * 1024 * 1024)
        with tempfile.TemporaryDirectory() as directory:
            out = os.path.join(directory, "out")
            small = process.run([sys.executable, "-c", "pass"])
            del ballast
            large = process.run([sys.executable, "-c", "b = bytearray(200 * 1024 * 1024); print(len(b))"],
                                stdout_path=out)
        self.assertEqual((small.returncode, large.returncode), (0, 0))
        self.assertEqual(large.stdout.strip(), str(200 * 1024 * 1024))
        self.assertGreater(large.peak_rss_kb, 200 * 1024)
        if os.access(process.GNU_TIME, os.X_OK):
            self.assertLess(small.peak_rss_kb, 100 * 1024)

    def test_timeout_kills_the_child(self):
        outcome = process.run([sys.executable, "-c", "import time; time.sleep(30)"], timeout=0.5)
        self.assertTrue(outcome.timed_out)
        self.assertLess(outcome.seconds, 10)
        self.assertEqual(process.error_summary(outcome, 0.5), "timed out after 0 s")

    def test_error_is_the_last_line_of_standard_error(self):
        with tempfile.TemporaryDirectory() as directory:
            outcome = process.run([sys.executable, "-c", "import nosuchmodule"],
                                  stderr_path=os.path.join(directory, "err"))
        self.assertEqual(outcome.returncode, 1)
        self.assertEqual(process.error_summary(outcome, 10),
                         "ModuleNotFoundError: No module named 'nosuchmodule'")

    def test_a_signal_is_reported(self):
        outcome = process.run([sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGSEGV)"])
        self.assertEqual(outcome.returncode, -11)
        self.assertEqual(process.error_summary(outcome, 10), "killed by signal 11")


if __name__ == "__main__":
    unittest.main()
