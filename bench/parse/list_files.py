"""Lists the .py files under ROOT that CPython 3.11 parses (the benchmark's corpus), one a line."""
import ast
import os
import sys

root = sys.argv[1]
paths = []
for d, _, fs in os.walk(root):
    paths += [os.path.join(d, f) for f in fs if f.endswith(".py")]
for p in sorted(paths):
    try:
        with open(p, "rb") as f:
            compile(f.read(), p, "exec", ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        continue
    print(p)
