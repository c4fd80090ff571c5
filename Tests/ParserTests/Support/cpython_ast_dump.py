"""Dumps CPython's AST of every stdlib module, for StdlibConformanceTests.swift.

    python3.11 cpython_ast_dump.py OUTPUT_DIR [FILTER]

Walks the standard library of the running interpreter (sysconfig's "stdlib" path,
without site-packages), taking every .py file whose path relative to that directory
contains FILTER (all files when FILTER is absent). Each file's bytes are parsed with
ast.parse(source, filename), the filename being the file's absolute path; the Swift
test passes the same string to PythonParser.parse.

OUTPUT_DIR/index.json then describes the run:

    {"python": "3.11.7", "stdlib": "/…/lib/python3.11",
     "files": [{"path": "/…/abc.py", "dump": "0.txt"},
               {"path": "/…/bad.py", "error": {"class": "SyntaxError", "msg": …,
                "lineno": …, "offset": …, "end_lineno": …, "end_offset": …, "text": …}}]}

and each "dump" names a UTF-8 file in OUTPUT_DIR holding
ast.dump(tree, include_attributes=True). One file per dump keeps both sides'
memory small: the dumps of the whole stdlib are a quarter of a gigabyte.
"""

import ast
import json
import os
import sys
import sysconfig
import warnings


def stdlib_files(root, filter_text):
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = sorted(d for d in subdirectories if d != "site-packages")
        for name in sorted(files):
            path = os.path.join(directory, name)
            if name.endswith(".py") and filter_text in os.path.relpath(path, root):
                yield path


def describe(path, output_dir, number):
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, path)
    except SyntaxError as e:  # includes IndentationError and TabError
        return {"path": path, "error": {
            "class": type(e).__name__, "msg": e.msg, "lineno": e.lineno,
            "offset": e.offset, "end_lineno": e.end_lineno,
            "end_offset": e.end_offset, "text": e.text}}
    except Exception as e:
        # ValueError, MemoryError, RecursionError…: Krait can only answer with a
        # SyntaxError, so the test reports these as mismatches with this class.
        return {"path": path, "error": {"class": type(e).__name__, "msg": str(e)}}
    dump_name = f"{number}.txt"
    with open(os.path.join(output_dir, dump_name), "w", encoding="utf-8") as f:
        f.write(ast.dump(tree, include_attributes=True))
    return {"path": path, "dump": dump_name}


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    output_dir = sys.argv[1]
    filter_text = sys.argv[2] if len(sys.argv) == 3 else ""
    # Invalid escapes in old test modules warn; under PYTHONWARNINGS=error a warning
    # would even become the SyntaxError recorded here.
    warnings.simplefilter("ignore")
    root = sysconfig.get_paths()["stdlib"]
    os.makedirs(output_dir, exist_ok=True)
    files = [describe(path, output_dir, number)
             for number, path in enumerate(stdlib_files(root, filter_text))]
    index = {"python": sys.version.split()[0], "stdlib": root, "files": files}
    with open(os.path.join(output_dir, "index.json"), "w", encoding="utf-8") as f:
        json.dump(index, f)
    rejected = sum("error" in entry for entry in files)
    print(f"cpython_ast_dump.py: {len(files)} files under {root}, "
          f"{rejected} rejected by CPython {index['python']}", file=sys.stderr)


if __name__ == "__main__":
    main()
