def f(label, value=None):
    print("eval", label)
    return value if value is not None else label

print("binary:", f("a", 1) + f("b", 2) * f("c", 3))
print("call args:", f("func", lambda *a, **k: (a, k))(f("x"), f("y"), k=f("z")))
x = {f("k1"): f("v1"), f("k2"): f("v2")}
print("dict:", x)
lst = [0, 0, 0]
lst[f("index", 1)] = f("value")
print("assign:", lst)
print("subscript:", f("seq", [10, 20])[f("i", 1)])
print("compare:", f("l", 1) < f("m", 2) < f("r", 3))
a = f("chained", [5])
a[0] += f("aug", 1)
print("augmented:", a)
print("conditional:", f("then") if f("cond", True) else f("else"))
print("unpack:", [*f("s1", [1]), *f("s2", [2])])
print("fstring:", f"{f('first')}-{f('second')}")
