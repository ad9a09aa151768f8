# the script runs as the module __main__, which a helper can import back
import sys
import __main__
print(__main__ is sys.modules["__main__"], __main__.__name__)
marker = "set by the script"
import _reads_main
print(_reads_main.seen)
print(sys.modules[__name__] is __main__, __main__.__file__.endswith("main_module.py"))
print(type(__builtins__).__name__, __builtins__.__name__)
