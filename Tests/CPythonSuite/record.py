"""Runs one test module of CPython's Lib/test with unittest and records every outcome.

Run by the implementation under test (krait or python3.11):
    krait record.py test.test_int OUTFILE

Each finished test appends a line "outcome<TAB>test id" to OUTFILE and flushes it, so
the outcomes of the tests that ran before a crash or a time-out survive it. Outcomes:
pass, fail, error, skip, xfail (expected failure), xpass (unexpected success).
"""
import sys
import unittest

RANK = {"pass": 0, "skip": 1, "xfail": 1, "xpass": 2, "fail": 3, "error": 4}


class RecordingResult(unittest.TextTestResult):
    """A text result that also writes each test's worst outcome to the record file."""

    record = None

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.outcomes = {}

    def note(self, test, outcome):
        key = test.id()
        old = self.outcomes.get(key)
        if old is None or RANK[outcome] > RANK[old]:
            self.outcomes[key] = outcome

    def flush_note(self, test):
        key = test.id()
        outcome = self.outcomes.pop(key, None)
        if outcome is not None:
            self.record.write(f"{outcome}\t{key}\n")
            self.record.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self.note(test, "pass")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.note(test, "fail")
        self.flush_note(test)

    def addError(self, test, err):
        super().addError(test, err)
        # Errors in setUpClass/setUpModule come with a holder, not a test that stops.
        self.note(test, "error")
        self.flush_note(test)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self.note(test, "skip")
        self.flush_note(test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self.note(test, "xfail")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self.note(test, "xpass")

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            self.note(test, "fail" if failed else "error")

    def stopTest(self, test):
        super().stopTest(test)
        self.flush_note(test)


def main():
    module, path = sys.argv[1], sys.argv[2]
    with open(path, "a", encoding="utf-8") as record:
        RecordingResult.record = record
        runner = unittest.TextTestRunner(resultclass=RecordingResult, verbosity=2, stream=sys.stderr)
        unittest.main(module=None, argv=["record", module], testRunner=runner, exit=False)


main()
