# reversed() with __reversed__, the sequence protocol, and errors
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if 0 <= i < self.n: return i * i
        raise IndexError(i)
print(list(reversed(Seq(4))), type(reversed(Seq(1))).__name__)
class Rev:
    def __reversed__(self): return iter("zyx")
print(list(reversed(Rev())))
class BadRev:
    def __reversed__(self): return 5
print(reversed(BadRev()))
class LenOnly:
    def __len__(self): return 3
try:
    reversed(LenOnly())
except TypeError as e:
    print(e)
class GetOnly:
    def __getitem__(self, i): return i
try:
    reversed(GetOnly())
except TypeError as e:
    print(e)
for obj in (5, {1: 2}.keys() if False else {1}, iter([]), None, 3.5):
    try:
        reversed(obj)
    except TypeError as e:
        print(e)
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
print(list(reversed(range(0))), list(reversed("")), list(reversed(())), list(reversed([])))
class Shrinking:
    def __init__(self): self.items = [1, 2, 3, 4]
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
s = Shrinking()
r = reversed(s)
print(next(r))
s.items = [1]
print(list(r))
class DictSub(dict): pass
try:
    reversed(DictSub(a=1)) 
    print(list(reversed(DictSub(a=1, b=2))))
except TypeError as e:
    print(e)
