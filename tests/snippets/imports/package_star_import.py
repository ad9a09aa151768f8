# from package import * loads the submodules listed in __all__
import sys
from _pkg_all import *
print(first.name, second.name, CONSTANT)
print(sorted(k for k in sys.modules if k.startswith("_pkg_all")))
try:
    third
except NameError as e:
    print("NameError:", e)
