# comprehensions are separate code objects with their own names
def f():
    return [x for x in range(2)], {x for x in range(2)}, {x: 1 for x in range(2)}

names = [c.co_name for c in f.__code__.co_consts if hasattr(c, "co_name")]
print(names)
quals = [c.co_qualname for c in f.__code__.co_consts if hasattr(c, "co_qualname")]
print(quals)
lc = [c for c in f.__code__.co_consts if hasattr(c, "co_name")][0]
print(lc.co_argcount, lc.co_varnames)
g = (x for x in "")
print(g.gi_code.co_name)
