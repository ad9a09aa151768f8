# Exceptions never raised have no traceback: only the message lines are printed, chained ones too.
import sys

inner = OSError(2, "No such file or directory")
outer = RuntimeError("wrapper")
outer.__cause__ = inner
sys.excepthook(RuntimeError, outer, None)
