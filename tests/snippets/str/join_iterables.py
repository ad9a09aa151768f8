def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: "-".join({"b": 1, "a": 2}))
t(lambda: "-".join({"k": "v"}.values()))
t(lambda: "-".join(sorted({"x", "y"})))
t(lambda: "-".join(range(3)))
t(lambda: "-".join(str(i) for i in range(3)))
def gen():
    yield "a"
    raise RuntimeError("boom")
t(lambda: "-".join(gen()))
class It:
    def __iter__(self): return iter(["p", "q"])
t(lambda: "".join(It()))
class Seq:
    def __getitem__(self, i):
        if i < 3: return "s%d" % i
        raise IndexError
t(lambda: ",".join(Seq()))
t(lambda: ",".join(x for x in "ab😀"))
t(lambda: "".join(["a" * 1000] * 10).count("a"))
