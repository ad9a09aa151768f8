# More than 15 sub-exceptions: the 16th box says "and N more exceptions".
import sys

eg = ExceptionGroup("many", [ValueError(i) for i in range(20)])
sys.excepthook(type(eg), eg, None)
eg = ExceptionGroup("sixteen", [ValueError(i) for i in range(16)])
sys.excepthook(type(eg), eg, None)
eg = ExceptionGroup("fifteen", [ValueError(i) for i in range(15)])
sys.excepthook(type(eg), eg, None)
