import _order_top
_order_top.log.append("right body")
saw = str(len(_order_top.log)) + " log entries"
