# lone surrogates on stdout: surrogateescape under the C.UTF-8 locale, backslashreplace on stderr
import sys
print(sys.stdout.errors, sys.stderr.errors)
sys.stdout.buffer.flush()
print("escaped byte: \udcff".encode("utf-8", "surrogateescape") if False else "ok")
print("\udce9", file=sys.stderr)
try:
    print("\ud800")
    sys.stdout.flush()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.start, e.end, e.reason, file=sys.stderr)
