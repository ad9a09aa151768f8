# a submodule that fails: not in sys.modules, not an attribute of the package, re-run on the next import
import sys
import _pkg_broken
for attempt in range(2):
    try:
        from _pkg_broken import bad
    except ValueError as e:
        print("ValueError:", e)
print("_pkg_broken.bad" in sys.modules, hasattr(_pkg_broken, "bad"))
try:
    import _pkg_broken.syntax
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename.endswith("syntax.py"))
print("_pkg_broken.syntax" in sys.modules, sorted(k for k in sys.modules if k.startswith("_pkg_broken")))
