# from-import of a name that the partially initialised module has not defined yet
try:
    import _circ_x
except ImportError as e:
    message = str(e)
    print(message[:message.index(" (/")])
    print(e.name, e.path.endswith("_circ_x.py"))
import sys
print("_circ_x" in sys.modules, "_circ_y" in sys.modules)
import _circ_x
