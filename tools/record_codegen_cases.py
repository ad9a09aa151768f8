#!/usr/bin/python3.11
"""Record CPython 3.11's code-object dumps for the codegen cases.

For every tests/Krait.Compiler.Tests/CodeGen/Cases/NAME.py, writes NAME.dump: what
`tools/dump_code.py NAME.py` prints when run in that folder (so co_filename is 'NAME.py'), or, if
CPython raises, one line `error TYPE|MSG|LINENO|OFFSET|END_LINENO|END_OFFSET`.
Run it after adding or changing a case; never edit a .dump by hand.
"""
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import dump_code  # noqa: E402

CASES = os.path.join(HERE, "..", "tests", "Krait.Compiler.Tests", "CodeGen", "Cases")


def main():
    os.chdir(CASES)
    for name in sorted(os.listdir(".")):
        if not name.endswith(".py"):
            continue
        # NAME_O1.py / NAME_O2.py are compiled with optimize=1 / 2 (python -O / -OO).
        optimize = 2 if name.endswith("_O2.py") else 1 if name.endswith("_O1.py") else 0
        # NAME_eval.py / NAME_single.py are compiled in 'eval' / 'single' mode.
        mode = "eval" if name.endswith("_eval.py") else "single" if name.endswith("_single.py") else "exec"
        try:
            _, text = dump_code.dump_file(name, optimize, mode)
        except SyntaxError as e:
            text = "error {}|{}|{}|{}|{}|{}\n".format(type(e).__name__, e.msg, e.lineno, e.offset,
                                                   e.end_lineno, e.end_offset)
        with open(name[:-3] + ".dump", "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print("recorded", name)


if __name__ == "__main__":
    warnings.simplefilter("ignore")
    main()
