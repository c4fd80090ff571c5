# conformance: with site
# The `site` module at start-up: its builtins, site-packages on sys.path, .pth files.
import builtins, os, site, sys, tempfile

print("site imported:", "site" in sys.modules, "no_site flag:", sys.flags.no_site)
print(repr(exit), "|", repr(quit))
print(type(help).__name__, type(copyright).__name__, type(credits).__name__, type(license).__name__)
print("site-packages on sys.path:", any(p in sys.path for p in site.getsitepackages()))
print("sys.path entries are absolute:", all(p == "" or os.path.isabs(p) for p in sys.path))
print("no duplicates:", len(sys.path) == len(set(sys.path)))
print("interactive hook:", callable(getattr(sys, "__interactivehook__", None)))
print("user site enabled:", site.ENABLE_USER_SITE, "check:", site.check_enableusersite())

with tempfile.TemporaryDirectory() as tmp:
    extra = os.path.join(tmp, "extra")
    os.mkdir(extra)
    with open(os.path.join(tmp, "a_paths.pth"), "w") as f:
        f.write("# a comment\nextra\nmissing_dir\nimport builtins; builtins.pth_ran = 'yes'\n")
    with open(os.path.join(tmp, "b_broken.pth"), "w") as f:
        f.write("import no_such_module_for_pth\n")
    before = len(sys.path)
    saved = sys.stderr
    captured = []
    class Capture:
        def write(self, s): captured.append(s)
        def flush(self): pass
    sys.stderr = Capture()
    try:
        site.addsitedir(tmp)
    finally:
        sys.stderr = saved
    added = sys.path[before:]
    print("added:", [os.path.relpath(p, tmp) for p in added])
    print("import line ran:", getattr(builtins, "pth_ran", None))
    text = "".join(captured)
    print("broken .pth reported:", "Error processing line 1 of" in text, "ModuleNotFoundError" in text)

try:
    exit(3)
except SystemExit as e:
    print("exit(3) raises SystemExit", e.code)
try:
    quit("bye")
except SystemExit as e:
    print("quit('bye') raises SystemExit", e.code)
