# dict.update / dict() with mappings, pairs, keywords; | and |=
class M:
    def keys(self): return ["x", "y"]
    def __getitem__(self, k): return k.upper()
d = {}
d.update(M())
print(d)
d.update([("a", 1), ["b", 2], "cd", "ef"])
print(d)
d.update({"a": 10}, a=11, z=0)
print(d)
d.update(iter([(1, 2)]))
print(d)
print(dict(M()), dict([(1, 2)], x=3), dict(zip("ab", range(2))), dict({1: 1}, **{"k": 2}))
print({1: 2} | {1: 3, 4: 5}, {1: 2} | {})
e = {1: 1}
e |= {2: 2}
e |= [(3, 3)]
e |= M()
print(e)
for bad in (lambda: {} | [(1, 2)], lambda: [(1, 2)] | {}, lambda: {} | None):
    try:
        bad()
    except TypeError as ex:
        print(ex)
try:
    e |= 5
except TypeError as ex:
    print(ex)
try:
    e |= [1]
except TypeError as ex:
    print(ex)
class NoGet:
    def keys(self): return [1]
try:
    dict(NoGet())
except TypeError as ex:
    print(ex)
class KeysNotIter:
    def keys(self): return 5
    def __getitem__(self, k): return k
try:
    dict(KeysNotIter())
except TypeError as ex:
    print(ex)
try:
    dict([(1, 2), (3,)])
except ValueError as ex:
    print(ex)
try:
    dict([(1, 2), 3])
except TypeError as ex:
    print(ex)
class D(dict):
    def keys(self): return ["only"]
    def __getitem__(self, k): return "sub"
src = D(only=1, other=2)
print(dict(src), {}.update(src))
x = {}
x.update(src)
print(x)
print({**src})
