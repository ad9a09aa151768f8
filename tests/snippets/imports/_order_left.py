import _order_top
_order_top.log.append("left body")
import _order_right
