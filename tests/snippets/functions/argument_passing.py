def mutate(lst, d, n, s):
    lst.append("added")
    d["k"] = "v"
    n += 1
    s += "!"
    lst = ["rebound"]
    return lst, n, s

a, b, c, e = [], {}, 1, "str"
print(mutate(a, b, c, e))
print(a, b, c, e)

def swap_attempt(x, y):
    x, y = y, x
p, q = 1, 2
swap_attempt(p, q)
print(p, q)

def identity(obj):
    return obj
o = object()
print(identity(o) is o)
def kw_order(a, b, c):
    return a, b, c
print(kw_order(c=3, a=1, b=2), kw_order(1, c=3, b=2))
calls = []
def note(x):
    calls.append(x)
    return x
kw_order(note(1), c=note(3), b=note(2))
print("argument evaluation order", calls)
