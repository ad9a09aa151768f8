# sys.argv holds the script name and arguments; orig_argv ends with them
import sys
print(sys.argv)
print(sys.orig_argv[-len(sys.argv):] == sys.argv)
