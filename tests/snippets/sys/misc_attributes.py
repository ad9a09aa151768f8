# assorted sys attributes a program may read
import sys
print(sys.dont_write_bytecode, sys.warnoptions, sys._xoptions, sys.is_finalizing(), sys.pycache_prefix)
print(type(sys.executable).__name__, type(sys.prefix).__name__, sys.prefix == sys.base_prefix, sys.platlibdir)
print(type(sys.copyright).__name__, sys.abiflags == "" or True, callable(sys.exc_info), callable(sys.getrecursionlimit))
