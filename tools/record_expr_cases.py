#!/usr/bin/python3.11
"""Records CPython 3.11's answers for the expression test cases.

Each tests/Krait.Syntax.Tests/Expressions/*.cases file holds source snippets separated by lines
that are exactly '#---'. For every snippet this writes one line to the matching .expected file:
  OK <ast.dump(ast.parse(snippet), include_attributes=True)>
  ERR <type>|<msg>|<lineno>|<offset>|<end_lineno>|<end_offset>
Run it with /usr/bin/python3.11, the oracle (optionally giving another folder) whenever a .cases file changes; never edit the .expected files by hand.
"""
import ast
import os
import tempfile
import warnings
import re
import pathlib
import sys

SEPARATOR = "#---"


def split_cases(text):
    cases, current = [], []
    for line in re.findall(r"[^\n]*\n|[^\n]+$", text):
        if line.rstrip("\r\n") == SEPARATOR:
            cases.append("".join(current))
            current = []
        else:
            current.append(line)
    if current:
        cases.append("".join(current))
    return cases


def answer(src):
    # Parse from a real file, as the milestone does (`ast.parse(open(f,'rb').read(), f)`): CPython
    # takes an error's source line from the file, which decides how end offsets are clamped.
    with tempfile.NamedTemporaryFile("wb", suffix=".py", delete=False) as f:
        f.write(src.encode("utf-8"))
        path = f.name
    try:
        tree = ast.parse(src.encode("utf-8"), path)
    except SyntaxError as e:
        fields = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        return "ERR " + "|".join("None" if f is None else str(f) for f in fields)
    finally:
        os.unlink(path)
    return "OK " + ast.dump(tree, include_attributes=True)


def main():
    warnings.simplefilter("ignore")
    assert sys.version_info[:2] == (3, 11), "record with python3.11"
    folder = pathlib.Path(__file__).resolve().parent.parent / "tests/Krait.Syntax.Tests/Expressions"
    if len(sys.argv) > 1:
        folder = pathlib.Path(sys.argv[1])
    for path in sorted(folder.glob("*.cases")):
        cases = split_cases(path.read_bytes().decode("utf-8"))
        lines = [answer(c).replace("\n", "\\n") for c in cases]
        path.with_suffix(".expected").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(cases)} cases")


if __name__ == "__main__":
    main()
