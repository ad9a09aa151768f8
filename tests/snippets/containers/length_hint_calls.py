# list(), tuple(), list.extend, sorted() and [*x] ask the iterable for its length once (len or __length_hint__)
class C:
    def __len__(self): print("  __len__"); return 2
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): print("  __length_hint__"); return 2
class H:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): print("  __length_hint__"); return 5
for name, f in (("list", list), ("tuple", tuple), ("sorted", sorted), ("set", set), ("frozenset", frozenset), ("dict.fromkeys", dict.fromkeys),
                ("extend", lambda x: [0].extend(x)), ("star", lambda x: [*x]), ("listcomp", lambda x: [y for y in x])):
    for cls in (C, H):
        print(name, cls.__name__)
        f(cls())
class BadHint:
    def __iter__(self): return iter([1])
    def __length_hint__(self): return "x"
class NegHint:
    def __iter__(self): return iter([1])
    def __length_hint__(self): return -1
class NIHint:
    def __iter__(self): return iter([7])
    def __length_hint__(self): return NotImplemented
for cls in (BadHint, NegHint, NIHint):
    try:
        print(list(cls()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print([len(list(range(n))).__sizeof__() > 0 for n in (0,)], list(range(10)).__sizeof__(), list("abc").__sizeof__(), [].__sizeof__(), list(iter(range(100))).__sizeof__())
l = []
for i in range(20):
    l.append(i)
    print(l.__sizeof__(), end=" ")
print()
while l:
    l.pop()
    print(l.__sizeof__(), end=" ")
print()
