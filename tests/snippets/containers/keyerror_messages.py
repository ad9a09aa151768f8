# KeyError / ValueError messages carry the repr of the missing value
def t(f):
    try:
        f()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, repr(e), str(e), e.args)
t(lambda: {}[(1, 2)])
t(lambda: {}[()])
t(lambda: {}["x"])
t(lambda: {}[None])
t(lambda: {}.pop((3,)))
t(lambda: {1}.remove((1, 2)))
t(lambda: set().remove(frozenset()))
t(lambda: ["a"].index("x"))
t(lambda: [1].index((1,)))
t(lambda: [].index(None))
t(lambda: range(3).index(10**30))
t(lambda: range(3).index(-1))
t(lambda: (1,).index("q"))
t(lambda: [1].remove("q"))
t(lambda: {}.popitem())
t(lambda: set().pop())
class R:
    def __repr__(self): return "<R>"
t(lambda: {}[R()])
t(lambda: [].index(R()))
