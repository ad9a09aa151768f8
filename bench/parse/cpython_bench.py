"""CPython's side of bench/parse/run: compile(src, path, 'exec', ast.PyCF_ONLY_AST) over the files
named in LISTFILE, one untimed warm-up pass, then the best of N timed passes.
Prints "cpython BYTES SECONDS MB/s"."""
import ast
import sys
import time

listfile, passes = sys.argv[1], int(sys.argv[2])
files = [l.rstrip("\n") for l in open(listfile) if l.strip()]
data = [open(f, "rb").read() for f in files]
total = sum(len(d) for d in data)


def one_pass():
    for f, d in zip(files, data):
        compile(d, f, "exec", ast.PyCF_ONLY_AST)


one_pass()
best = float("inf")
for _ in range(passes):
    t = time.perf_counter()
    one_pass()
    best = min(best, time.perf_counter() - t)
print(f"cpython {total} {best:.4f} {total / best / 1e6:.2f}")
