# Python-level raises that reach C# callers or compiled callers without a .NET throw: __getattr__ and
# __getattribute__ written in Python (AttributeError, other errors, runaway recursion), and functions that stay
# interpreted (except*) raising into a hot compiled caller: exception objects, context and tracebacks.
import sys
class G:
    def __getattr__(self, name):
        if name == "key": raise KeyError(name)
        if name == "loop": return self.loop
        raise AttributeError(f"G has no {name}")
class A:
    def __getattribute__(self, name):
        if name == "ok": return "A.ok"
        raise AttributeError("from __getattribute__")
    def __getattr__(self, name):
        if name == "fb": return "fallback"
        raise AttributeError("from __getattr__", name=name, obj="o")
def interpreted(i):
    try:
        if i % 2: raise ValueError(i)
        raise TypeError(i)
    except* TypeError:
        raise KeyError(i)
def main():
    g, a = G(), A()
    r = {}
    for i in range(1200):
        try: g.nothing
        except AttributeError as e: r["g"] = (e.args, e.name, type(e.obj).__name__, e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)
        r["has"] = (hasattr(g, "x"), getattr(g, "x", "dflt"), hasattr(a, "ok"), hasattr(a, "zz"), a.fb)
        try: g.key
        except KeyError as e: r["key"] = (e.args, e.__traceback__.tb_next.tb_frame.f_code.co_name)
        try: a.zz
        except AttributeError as e: r["a"] = (e.args, e.name, e.obj, repr(e.__context__))
        if i % 400 == 0:
            try: g.loop
            except RecursionError as e: r["rec"] = str(e)[:40]
        try: interpreted(i)
        except (KeyError, ValueError) as e: r[type(e).__name__] = (e.args[0] % 2, repr(e.__context__)[:30], e.__traceback__.tb_next.tb_frame.f_code.co_name)
    for k in sorted(r): print(k, r[k])
main()
