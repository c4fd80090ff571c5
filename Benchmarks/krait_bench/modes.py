"""The benchmark lists and settings of the runner's modes."""
from .measure import Settings

# The list; pickle_pure_python is pickle with the pure-Python module.
FULL = ["richards", "nbody", "float", "fannkuch", "spectral_norm", "chaos", "deltablue", "nqueens",
        "raytrace", "go", "hexiom", "unpack_sequence", "generators", "coroutines", "json_dumps",
        "json_loads", "regex_v8", "pickle_pure_python", "deepcopy", "logging", "pathlib",
        "django_template"]

# Few and short, for CI under a debug build.
QUICK = ["richards", "nbody", "generators"]

# With `site` (as users start them) and without: `site` runs the .pth files of the
# site-packages each implementation finds, which differ between implementations.
STARTUP = [
    ("startup_pass", ["-c", "pass"]),
    ("startup_pass_no_site", ["-S", "-c", "pass"]),
    ("startup_import_json_re_os", ["-c", "import json, re, os"]),
]


def full_settings():
    return Settings(values=20, warmups=2, processes=2, min_time=0.1, timeout=600)


def quick_settings():
    return Settings(values=3, warmups=0, processes=1, min_time=0.01, timeout=120)


def long_run_settings(iterations):
    """Every value one iteration, so that the curve shows each one."""
    return Settings(values=iterations, warmups=0, processes=1, loops=1, timeout=24 * 3600)
