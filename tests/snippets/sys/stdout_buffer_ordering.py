# text written to sys.stdout and bytes written to its buffer, both flushed at exit
import sys
print("text 1")
sys.stdout.buffer.write(b"bytes 1\n")
print("text 2")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes 2\n")
print("text 3")
