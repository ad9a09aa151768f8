from operator import attrgetter, itemgetter, methodcaller
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct="!"):
        return f"{greeting} {self.name}{punct}"
n = Node("root", Node("leaf"))
print(attrgetter("name")(n), attrgetter("name", "child.name")(n), attrgetter("child.child")(n))
print(itemgetter(1)("abc"), itemgetter(0, -1)([1, 2, 3]), itemgetter(slice(1, None))((1, 2, 3)), itemgetter("k")({"k": 5}))
print(methodcaller("greet", "hi")(n), methodcaller("greet", "yo", punct="?")(n), methodcaller("upper")("abc"))
print(repr(attrgetter("a")), repr(attrgetter("a", "b.c")), repr(itemgetter(1)), repr(itemgetter(1, "x")))
print(repr(methodcaller("f")), repr(methodcaller("f", 1, "s", key=[2])))
print(attrgetter("a", "b.c").__reduce__(), itemgetter(0, 1).__reduce__(), methodcaller("m", 3).__reduce__())
r = methodcaller("m", 1, k=2).__reduce__()
print(type(r[0]).__name__, r[0].args, r[0].keywords, r[1])
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=itemgetter(1)), sorted(["bb", "a", "ccc"], key=len))
lst = []
ig = itemgetter(lst)
lst.append(ig)
print(repr(ig))
for t in (attrgetter, itemgetter, methodcaller):
    print(t.__module__, t.__name__, type(t))
    try:
        class Sub(t):
            pass
    except TypeError as e:
        print(e)
try:
    attrgetter("child.missing")(n)
except AttributeError as e:
    print("AttributeError:", e)
