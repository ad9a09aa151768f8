# print with sep, end, file and flush
import sys
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("a", "b", sep="")
print("no newline", end="|")
print("continued")
print(1, 2, 3, sep=", ", end=".\n")
print()
print(sep="x", end="*\n")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("none sep", None, sep=None, end=None)
print("to stdout explicitly", file=sys.stdout)
print("to None file goes to stdout", file=None)
print(*[1, 2, 3], sep="\n")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=b"\n")
except TypeError as e:
    print("TypeError:", e)
