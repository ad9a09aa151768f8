# sys.argv: the script name first, then one entry per argument
import sys
print(len(sys.argv))
print(sys.argv[0])
for i, arg in enumerate(sys.argv[1:], 1):
    print(i, repr(arg))
