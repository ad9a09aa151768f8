# sys.stdin.buffer reads bytes
import sys
print(sys.stdin.buffer.readline())
print(sys.stdin.buffer.read(4))
print(sys.stdin.buffer.read())
print(sys.stdin.buffer.read())
