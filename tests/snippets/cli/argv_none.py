# with no arguments sys.argv holds only the script name
import sys
print(sys.argv, sys.argv[1:] == [])
print(type(sys.argv).__name__, sys.orig_argv[-1] == sys.argv[0])
