# sys.stdout, sys.stderr, sys.stdin are text wrappers with CPython's attributes
import sys
for s in [sys.stdin, sys.stdout, sys.stderr]:
    print(s.name, s.mode, s.encoding, s.errors, s.closed, s.fileno(), s.readable(), s.writable(), s.line_buffering)
print(repr(sys.stdout), repr(sys.stdin))
print(type(sys.stdout).__name__, type(sys.stdout).__module__, type(sys.stdout.buffer).__name__)
print(repr(sys.stdout.buffer), repr(sys.stderr.buffer), repr(sys.stdout.buffer.raw))
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
print(sys.stdout.isatty(), sys.stdout.newlines, sys.stdout.write_through)
