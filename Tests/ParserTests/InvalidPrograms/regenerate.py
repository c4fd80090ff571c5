"""Writes expected.json: how CPython 3.11 rejects each program in cases/.

Run it with CPython 3.11 (the reference is 3.11.7) after adding or changing a case:

    python3.11 Tests/ParserTests/InvalidPrograms/regenerate.py

Each case is parsed the way InvalidProgramTests.swift parses it: its bytes, with the
bare file name as the filename, through ast.parse (mode 'exec'). A case that CPython
accepts, or rejects with something other than a SyntaxError, does not belong here
(errors raised later, by the compiler, are out of the parser's reach); the script
then names every such case and writes nothing.
"""

import ast
import json
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
EXPECTED = os.path.join(HERE, "expected.json")


def rejection(name):
    """The SyntaxError fields for one case, or a string saying why it is not a case."""
    with open(os.path.join(CASES, name), "rb") as f:
        source = f.read()
    try:
        ast.parse(source, name)
    except SyntaxError as e:  # includes IndentationError and TabError
        return {
            "class": type(e).__name__,
            "msg": e.msg,
            "lineno": e.lineno,
            "offset": e.offset,
            "end_lineno": e.end_lineno,
            "end_offset": e.end_offset,
            "text": e.text,
        }
    except Exception as e:
        return f"raises {type(e).__name__}: {e}"
    return "is accepted by CPython"


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"regenerate.py needs CPython 3.11, not {sys.version.split()[0]}")
    # Warnings (invalid escapes and the like) must neither print nor, under
    # PYTHONWARNINGS=error, turn into the SyntaxError we record.
    warnings.simplefilter("ignore")
    names = sorted(n for n in os.listdir(CASES) if n.endswith(".py"))
    results = {name: rejection(name) for name in names}
    problems = [f"{name} {why}" for name, why in results.items() if isinstance(why, str)]
    if problems:
        sys.exit("not invalid programs:\n  " + "\n  ".join(problems))
    # One case per line, so that a regeneration's diff shows which cases changed.
    lines = [f"  {json.dumps(name)}: {json.dumps(fields, ensure_ascii=False)}"
             for name, fields in results.items()]
    version = json.dumps(f"CPython {sys.version.split()[0]}")
    with open(EXPECTED, "w", encoding="utf-8") as f:
        f.write('{"generated_by": ' + version + ', "cases": {\n' + ",\n".join(lines) + "\n}}\n")
    print(f"wrote {len(results)} cases to {os.path.relpath(EXPECTED)}")


if __name__ == "__main__":
    main()
