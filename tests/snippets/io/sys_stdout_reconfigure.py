# sys.stdout.reconfigure: errors, line buffering, newline
import sys
sys.stdout.reconfigure(errors="replace")
print(sys.stdout.errors, "surrogate: \udcff")
sys.stdout.reconfigure(errors="backslashreplace", line_buffering=True)
print(sys.stdout.errors, sys.stdout.line_buffering, "\udcfe")
sys.stdout.reconfigure(newline="\r\n")
print("crlf")
sys.stdout.reconfigure(newline="\n", write_through=True)
print(sys.stdout.write_through, "lf")
sys.stdout.reconfigure(encoding="latin-1")
print(sys.stdout.encoding, "café")
sys.stdout.reconfigure(encoding="utf-8", errors="strict")
for kw in [{"encoding": 1}, {"newline": "x"}, {"errors": 2}]:
    try:
        sys.stdout.reconfigure(**kw)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    print("\udcff")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason)
