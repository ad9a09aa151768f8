# module bodies run depth-first in the order imports are reached
import _order_top
import sys
print(sorted(name for name in sys.modules if name.startswith("_order")))
print(_order_top.log)
