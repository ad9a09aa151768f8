# sys.stdin.read(n) counts characters, not bytes
import sys
print(repr(sys.stdin.read(3)))
print(repr(sys.stdin.read(4)))
print(sys.stdin.readlines())
print(repr(sys.stdin.read(5)))
