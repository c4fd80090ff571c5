"""pyperformance's benchmarks: the package fetched from PyPI into the cache
directory, each benchmark's run_benchmark.py and options found from its MANIFEST
and metafiles as pyperformance finds them, and third-party requirements fetched as
wheels into the cache."""
import dataclasses
import os
import subprocess
import sys
import tomllib
import zipfile

PYPERFORMANCE_VERSION = "1.0.9"


@dataclasses.dataclass
class Benchmark:
    name: str
    directory: str
    script: str
    # The metafile's extra_opts, e.g. ["--pure-python", "pickle"].
    options: list
    # Pinned third-party requirements (requirements.txt), fetched before running.
    requirements: list


def fetch_pyperformance(cache, version=PYPERFORMANCE_VERSION):
    """Returns the benchmarks' data directory, downloading and unpacking the wheel
    the first time."""
    unpacked = os.path.join(cache, "pyperformance-%s" % version)
    data = os.path.join(unpacked, "pyperformance", "data-files", "benchmarks")
    if os.path.isdir(data):
        return data
    os.makedirs(cache, exist_ok=True)
    wheel = os.path.join(cache, "pyperformance-%s-py3-none-any.whl" % version)
    if not os.path.exists(wheel):
        pip_download(["pyperformance==%s" % version], cache)
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(unpacked)
    return data


def pip_download(requirements, directory):
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                    "--only-binary=:all:", "--dest", directory] + list(requirements),
                   check=True, stdout=subprocess.DEVNULL)


def read_manifest(data):
    """The [benchmarks] table of MANIFEST: name -> metafile reference, e.g.
    '<local>' or '<local:pickle>' (the metafile bm_<name>.toml of bm_pickle)."""
    entries = {}
    section = None
    with open(os.path.join(data, "MANIFEST"), encoding="utf-8") as file:
        for line in file:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                section = line
                continue
            if section == "[benchmarks]":
                fields = line.split()
                if fields[0] != "name":
                    entries[fields[0]] = fields[1]
    return entries


def find(data, name):
    """The benchmark `name`, or KeyError when pyperformance has none of that name."""
    reference = read_manifest(data)[name]
    if reference == "<local>":
        directory = os.path.join(data, "bm_" + name)
        metafile = os.path.join(directory, "pyproject.toml")
    elif reference.startswith("<local:") and reference.endswith(">"):
        directory = os.path.join(data, "bm_" + reference[len("<local:"):-1])
        metafile = os.path.join(directory, "bm_%s.toml" % name)
    else:
        raise ValueError("%s: unknown metafile reference %s" % (name, reference))
    with open(metafile, "rb") as file:
        tool = tomllib.load(file).get("tool", {}).get("pyperformance", {})
    return Benchmark(name=name, directory=directory,
                     script=os.path.join(directory, tool.get("runscript", "run_benchmark.py")),
                     options=list(tool.get("extra_opts", [])),
                     requirements=read_requirements(directory))


def read_requirements(directory):
    path = os.path.join(directory, "requirements.txt")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as file:
        return [line.split("#")[0].strip() for line in file if line.split("#")[0].strip()]


def fetch_requirements(benchmark, cache):
    """Unpacks the benchmark's pinned wheels into a directory of their own under the
    cache, to put on every implementation's path; returns it, or None without
    requirements. Raises CalledProcessError when pip cannot fetch them."""
    if not benchmark.requirements:
        return None
    site = os.path.join(cache, "site-packages", benchmark.name)
    done = os.path.join(site, ".complete")
    if os.path.exists(done):
        return site
    wheels = os.path.join(cache, "wheels", benchmark.name)
    os.makedirs(wheels, exist_ok=True)
    pip_download(benchmark.requirements, wheels)
    for wheel in sorted(os.listdir(wheels)):
        if wheel.endswith(".whl"):
            with zipfile.ZipFile(os.path.join(wheels, wheel)) as archive:
                archive.extractall(site)
    with open(done, "w", encoding="utf-8") as file:
        file.write("\n".join(benchmark.requirements) + "\n")
    return site
