"""Runs one child process and measures it: exit status, wall time and its own peak
resident set size.

The peak comes from GNU time (`/usr/bin/time -f %M`) when it is installed: Linux
carries a process's peak RSS across exec, so a child spawned straight from this
runner would report at least the runner's own (about 24 MB, more than CPython's
`-c pass`), while time's child is forked from time, a small process. Without time,
os.wait4's rusage of the child is used, which has that floor.
"""
import dataclasses
import os
import signal
import subprocess
import tempfile
import threading
import time

GNU_TIME = "/usr/bin/time"


@dataclasses.dataclass
class Outcome:
    returncode: int
    seconds: float
    peak_rss_kb: int
    timed_out: bool
    stdout: str
    stderr: str


def run(command, cwd=None, env=None, timeout=None, stdout_path=os.devnull, stderr_path=os.devnull):
    """Runs `command` with its output in the given files, killing it (and its
    children) after `timeout` seconds. The files are read back into the outcome."""
    peak_file = None
    if os.access(GNU_TIME, os.X_OK):
        descriptor, peak_file = tempfile.mkstemp(prefix="krait-bench-rss-")
        os.close(descriptor)
        command = [GNU_TIME, "-f", "%M", "-o", peak_file] + list(command)
    try:
        with open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
            start = time.perf_counter()
            child = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                     stdout=out, stderr=err, start_new_session=True)
            expired = threading.Event()

            def kill():
                expired.set()
                os.killpg(child.pid, signal.SIGKILL)

            timer = threading.Timer(timeout, kill) if timeout else None
            if timer:
                timer.start()
            try:
                _, status, usage = os.wait4(child.pid, 0)
            finally:
                if timer:
                    timer.cancel()
            seconds = time.perf_counter() - start
        # wait4 reaped the child; tell the Popen object, so it does not wait again.
        returncode, peak = os.waitstatus_to_exitcode(status), usage.ru_maxrss
        if peak_file:
            peak, killer = _read_time_file(peak_file)
            returncode = -killer if killer else returncode
        child.returncode = returncode
    finally:
        if peak_file:
            os.remove(peak_file)
    return Outcome(returncode=returncode, seconds=seconds, peak_rss_kb=peak,
                   timed_out=expired.is_set(), stdout=_read(stdout_path), stderr=_read(stderr_path))


def _read_time_file(path):
    """GNU time's file: (peak KB, the signal that killed the command or 0). Its last
    line is %M; before it may come 'Command terminated by signal N' (time then
    exits with 128 + N) or 'Command exited with non-zero status N'."""
    with open(path, encoding="utf-8", errors="replace") as file:
        lines = [line.strip() for line in file if line.strip()]
    peak = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    killer = 0
    for line in lines:
        if line.startswith("Command terminated by signal"):
            killer = int(line.split()[-1])
    return peak, killer


def _read(path):
    if path == os.devnull:
        return ""
    with open(path, encoding="utf-8", errors="replace") as file:
        return file.read()


def error_summary(outcome, timeout):
    """One line saying why a run failed: the timeout, or the last line of its
    standard error (the exception of a traceback), or its exit status."""
    if outcome.timed_out:
        return "timed out after %d s" % timeout
    lines = [line.strip() for line in outcome.stderr.splitlines() if line.strip()]
    if lines:
        return lines[-1][:300]
    if outcome.returncode < 0:
        return "killed by signal %d" % -outcome.returncode
    return "exit status %d" % outcome.returncode
