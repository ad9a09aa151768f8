class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __repr__(self):
        return f"Acc({self.items})"
    def __iadd__(self, other):
        print("__iadd__", other)
        if isinstance(other, list):
            self.items.extend(other)
            return self
        return NotImplemented
    def __add__(self, other):
        print("__add__", other)
        if isinstance(other, Acc):
            return Acc(self.items + other.items)
        return NotImplemented
    def __imul__(self, n):
        self.items *= n
        return None

x = Acc([1])
y = x
x += [2, 3]
print(x, x is y)
x += Acc([4])
print(x, x is y)
try:
    x += "nope"
except TypeError as e:
    print("TypeError:", e)
z = Acc([1, 2])
z *= 2
print(z)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return OnlyAdd(self.v + other)
o = OnlyAdd(1)
p = o
o += 5
print(o.v, o is p)

ops = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]
class Echo:
    pass
for name in ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor", "imatmul"]:
    setattr(Echo, f"__{name}__", lambda self, other, name=name: f"{name}({other})")
for op in ops:
    e = Echo()
    ns = {"e": e}
    exec(f"e {op} 2", ns)
    print(op, ns["e"])
class Nothing:
    pass
for op in ops:
    try:
        exec(f"n {op} 2", {"n": Nothing()})
    except TypeError as err:
        print(err)
