# Groups nested deeper than 10 print "... (max_group_depth is 10)".
import sys

eg = ValueError("leaf")
for i in range(12):
    eg = ExceptionGroup(f"level {i}", [eg, KeyError(i)])
sys.excepthook(type(eg), eg, None)
