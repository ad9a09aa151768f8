# Interleaving of stdout (buffered when not a tty) and stderr (line-buffered), and the exit flush
import sys
print("out 1")
print("err 1", file=sys.stderr)
sys.stdout.write("out 2 no newline")
sys.stderr.write("err 2 no newline")
sys.stderr.write("\n")
sys.stdout.buffer.write(b"[bytes]")
print("out 3")
sys.stdout.flush()
print("err 3", file=sys.stderr, flush=True)
print("out 4 at exit")
raise SystemExit("bye")
