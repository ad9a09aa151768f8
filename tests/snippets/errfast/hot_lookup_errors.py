# KeyError from dict.pop and `del d[k]`, StopIteration from next() in hot loops (no .NET throw): the exception,
# args, value, context, traceback; defaults, subclasses, unbound and bound method forms, bad calls.
import collections
class D(dict):
    def pop(self, k, *a): return ("D.pop", k)
    def __delitem__(self, k): raise LookupError("D.__delitem__")
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("mine")
def gen():
    yield 1
    return "ret"
def main():
    r = {}
    d = {1: 1}
    od = collections.OrderedDict()
    for i in range(1200):
        try: d.pop(i + 2)
        except KeyError as e: r["pop"] = (e.args, e.__traceback__.tb_lineno)
        r["popdef"] = d.pop(i + 2, "dflt")
        try: dict.pop(d, (i, "t"))
        except KeyError as e: r["unbound"] = e.args
        bound = d.pop
        try: bound(None)
        except KeyError as e: r["bound"] = e.args
        try: od.pop("k")
        except KeyError as e: r["od"] = e.args
        r["D"] = D().pop(5)
        try: d.pop()
        except TypeError as e: r["noargs"] = str(e)
        try: dict.pop(1, 2)
        except TypeError as e: r["badself"] = str(e)
        try: del d[i + 2]
        except KeyError as e: r["del"] = (e.args, e.__traceback__.tb_lineno)
        try: del D()[1]
        except LookupError as e: r["Ddel"] = repr(e)
        try: del [][i]
        except IndexError as e: r["ldel"] = str(e)
        d[i + 5] = 0
        del d[i + 5]
        it = iter([1])
        next(it)
        try: next(it)
        except StopIteration as e: r["next"] = (e.args, e.value, e.__traceback__.tb_lineno)
        r["nextdef"] = next(it, "d")
        g = gen()
        next(g)
        try: next(g)
        except StopIteration as e: r["gen"] = (e.args, e.value)
        try: next(It())
        except StopIteration as e: r["py"] = (e.args, e.value)
        try: next(5)
        except TypeError as e: r["notiter"] = str(e)
        try: next(iter(range(0)))
        except StopIteration as e: r["range"] = e.args
        try: next(iter({}))
        except StopIteration as e: r["dictiter"] = e.args
        try:
            try: next(iter(()))
            except StopIteration: raise ValueError("v")
        except ValueError as e: r["ctx"] = (repr(e.__context__), e.__context__.__traceback__.tb_lineno)
    for k in sorted(r): print(k, r[k])
    print(d)
main()
def drain(d, keys):
    for k in keys:
        d.pop(k)
for i in range(1500): drain({1: 1, 2: 2}, [1, 2])
drain({1: 1}, [1, 3])
