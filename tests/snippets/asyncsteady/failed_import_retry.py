# A module whose body fails (as ssl does without _ssl, which asyncio's modules import three times) is run
# again on every import attempt: its side effects happen each time, it is not left in sys.modules, and a changed
# source (new size) is what the next attempt runs. Also a module that fails with a non-ImportError.
import os
import sys
import tempfile

calls = []
sys.modules["__calls__"] = calls

with tempfile.TemporaryDirectory() as d:
    sys.path.insert(0, d)
    path = os.path.join(d, "needs_ext.py")
    with open(path, "w") as f:
        f.write("import __calls__\n__calls__.append(__name__)\nX = 1\nimport _no_such_extension_module\n")
    for attempt in range(4):
        try:
            import needs_ext
        except ImportError as e:
            print(attempt, type(e).__name__, e.name, "needs_ext" in sys.modules, len(calls))
            tb = e.__traceback__
            while tb.tb_next:
                tb = tb.tb_next
            print("  failed at line", tb.tb_lineno, os.path.basename(tb.tb_frame.f_code.co_filename))
    with open(path, "w") as f:
        f.write("import __calls__\n__calls__.append('changed')\nY = 2 + 2\n")
    import needs_ext
    print(needs_ext.Y, calls)

    with open(os.path.join(d, "bad_value.py"), "w") as f:
        f.write("import __calls__\n__calls__.append('bad')\nraise ValueError('nope')\n")
    for attempt in range(3):
        try:
            import bad_value
        except ValueError as e:
            print(attempt, repr(e), "bad_value" in sys.modules)
    print(calls.count("bad"))
    sys.path.remove(d)
