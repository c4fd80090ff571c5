"""The Python implementations a run compares, each a command prefix and a column."""
import dataclasses
import os
import shutil
import subprocess

# The column the ratios divide by: Debian's optimised build, the faster CPython here.
REFERENCE = "cpython"
DEBIAN_CPYTHON = "/usr/bin/python3.11"


@dataclasses.dataclass
class Implementation:
    name: str
    command: list
    version: str = ""


def krait_engines(krait, engines):
    """One column per `--engine` value of this krait."""
    return [Implementation("krait-" + engine, [krait, "--engine", engine]) for engine in engines]


def build_krait(root):
    """Builds the release krait as the benchmarks need it; returns its path."""
    subprocess.run(["swift", "build", "--package-path", root, "--configuration", "release",
                    "--product", "krait", "--static-swift-stdlib"], check=True)
    return os.path.join(root, ".build", "release", "krait")


def cpython():
    path = DEBIAN_CPYTHON if os.access(DEBIAN_CPYTHON, os.X_OK) else shutil.which("python3.11")
    if path is None:
        raise RuntimeError("no python3.11 to compare with")
    return Implementation(REFERENCE, [path])


def path_cpython():
    """The other python3.11, the first on PATH that is not Debian's (e.g. pyenv's)."""
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        candidate = os.path.join(directory, "python3.11")
        if os.access(candidate, os.X_OK) and os.path.realpath(candidate) != os.path.realpath(DEBIAN_CPYTHON):
            return Implementation("python3.11-path", [candidate])
    return None


def pypy(install):
    """pypy3, installed with apt-get when missing and `install` is set; returns
    (implementation or None, why it is missing)."""
    path = shutil.which("pypy3")
    if path is None and install and shutil.which("apt-get"):
        command = ["apt-get", "install", "-y", "pypy3"]
        if os.geteuid() != 0:
            command.insert(0, "sudo")
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        path = shutil.which("pypy3")
    if path is None:
        return None, "pypy3 is not installed" + ("" if install else " (--no-install)")
    return Implementation("pypy3", [path]), None


def describe(implementation):
    """Fills in the version the implementation reports about itself."""
    script = "import sys; print(sys.implementation.name, sys.version.split(chr(10))[0])"
    try:
        result = subprocess.run(implementation.command + ["-c", script], capture_output=True,
                                text=True, timeout=120)
        implementation.version = result.stdout.strip() or result.stderr.strip()[-200:]
    except (OSError, subprocess.TimeoutExpired) as error:
        implementation.version = "cannot run: %s" % error
    return implementation
