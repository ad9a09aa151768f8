# Code without a source file (<string>, a missing file name) prints entries without source lines.
import sys

code = compile("def f():\n    return 1 / 0\n", "<generated>", "exec")
ns = {}
exec(code, ns)
try:
    ns["f"]()
except ZeroDivisionError as e:
    sys.excepthook(type(e), e, e.__traceback__)
exec(compile("x = 1\ny = x['a']\n", "no_such_file_here.py", "exec"))
