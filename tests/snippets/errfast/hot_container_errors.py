# list.pop/remove/index and set.remove failures in hot loops (no .NET throw): messages, args, traceback, and
# what still raises as before (bad arguments, unhashable keys, subclass overrides).
class L(list):
    def pop(self, *a): return "L.pop"
def main():
    r = {}
    total = 0
    for i in range(1200):
        stack = [1, 2, 3]
        while True:
            try: total += stack.pop()
            except IndexError as e: r["empty"] = (e.args, e.__traceback__.tb_lineno); break
        l = [i, "a", None]
        try: l.pop(5)
        except IndexError as e: r["range"] = e.args
        try: l.pop(-4)
        except IndexError as e: r["neg"] = e.args
        r["popneg"] = l.pop(-3) == i
        try: l.pop("x")
        except TypeError as e: r["badidx"] = str(e)
        try: l.pop(1, 2)
        except TypeError as e: r["twoargs"] = str(e)
        try: l.remove(i + 0.5)
        except ValueError as e: r["remove"] = (e.args, e.__traceback__.tb_lineno)
        try: l.index("zz")
        except ValueError as e: r["index"] = e.args
        try: l.index("a", 0, 0)
        except ValueError as e: r["window"] = e.args
        r["found"] = l.index(None)
        r["L"] = L([1]).pop()
        s = {1, 2, frozenset([3])}
        try: s.remove(i + 10)
        except KeyError as e: r["set"] = (e.args, e.__traceback__.tb_lineno)
        s.remove({3})
        try: s.remove({4})
        except KeyError as e: r["setkey"] = e.args
        try: s.remove([1])
        except TypeError as e: r["unhash"] = str(e)
        try: frozenset().remove(1)
        except AttributeError as e: r["frozen"] = str(e)
        try:
            try: [].pop()
            except IndexError: raise ValueError("v")
        except ValueError as e: r["ctx"] = repr(e.__context__)
    for k in sorted(r): print(k, r[k])
    print(total)
main()
for i in range(1100): [1].pop()
[].pop()
