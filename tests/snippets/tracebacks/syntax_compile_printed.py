# SyntaxErrors of compile() printed through sys.excepthook: ranges, single carets, subclasses.
import sys

def show(src, filename="<demo>"):
    try:
        compile(src, filename, "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.lineno, e.offset)
        sys.excepthook(type(e), e, None)

show("x = = 1")
show("print 'hello'")
show("def f(:\n    pass")
show("if True:\npass")
show("  x = 1")
show("for x in range(3):\n\tif x:\n        pass", "tabs.py")
show("f(a for a in b, c)")
show("x = 'unterminated")
show("a = 1 +\n", "nofile.py")
show("    α = 1 +* 2")
