log = ["top start"]
import _order_left
log.append("after left")
import _order_right
log.append("top end, right saw: " + _order_right.saw)
