# A script given by a relative path: __file__ and sys.argv[0] as CPython sets them (the working directory joined to the
# path as given, no normalisation), sys.path[0] its folder.
import os, sys

print(sys.argv[0], os.path.basename(__file__))
print(__file__ == os.getcwd() + "/" + sys.argv[0], os.path.isabs(__file__))
print(sys.path[0] == os.getcwd(), sys.path[0] == os.path.dirname(__file__))
print(sys.orig_argv[1:] == sys.argv)
