# AttributeError from LOAD_ATTR / LOAD_METHOD in hot loops (no .NET throw): the exception, its args, name and
# obj, __context__, traceback and sys.exc_info() as CPython's, on None, instances, classes, modules, super().
import sys
class P:
    cls_attr = 1
    def meth(self): return 2
class Q(P):
    def go(self): return super().nothere()
p = P()
def main():
    n = 0
    for i in range(1200):
        try: None.missing
        except AttributeError as e: n += 1; e1 = e
        try: p.missing
        except AttributeError as e: n += 1; e2 = e
        try: P.missing
        except AttributeError as e: n += 1; e3 = e
        try: p.nomethod()
        except AttributeError as e: n += 1; e4 = e; info = sys.exc_info()
        try: sys.nosuchthing
        except AttributeError as e: n += 1; e5 = e
        try: Q().go()
        except AttributeError as e: n += 1; e6 = e
        try: (1).nope(2)
        except AttributeError as e: n += 1; e7 = e
        try:
            try: p.missing2
            except AttributeError: raise ValueError("wrapped")
        except ValueError as e: ve = e
        try:
            try: raise KeyError(i)
            except KeyError: p.missing3
        except AttributeError as e: ce = e
    print(n)
    for e in (e1, e2, e3, e4, e5, e6, e7):
        print(type(e).__name__, e.args, e.name, type(e.obj).__name__, e.__context__, e.__cause__, e.__traceback__.tb_lineno)
    print(info[0].__name__, info[1] is e4, info[2].tb_lineno)
    print(repr(ve.__context__), ve.__context__.name, ve.__context__.__traceback__.tb_lineno)
    print(repr(ce.__context__), ce.__traceback__.tb_next)
    print(p.cls_attr, p.meth(), getattr(p, "missing", 7), hasattr(p, "missing"), hasattr(p, "meth"))
main()
def deep(o):
    return o.attrx
def outer():
    for i in range(2000):
        try: deep(p)
        except AttributeError as e: last = e
    tb = last.__traceback__
    lines = []
    while tb: lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno)); tb = tb.tb_next
    print(lines, last.obj is p)
outer()
def loop():
    for i in range(1200):
        if i == 1199: return p.cls_atr
        p.cls_attr
loop()
