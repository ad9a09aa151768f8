class G:
    def __class_getitem__(cls, item):
        return ("getitem", cls.__name__, item)
print(G[int], G[1, 2])
class Sub(G):
    pass
print(Sub["x"])
class NoGet:
    pass
try:
    NoGet[int]
except TypeError as ex:
    print("TypeError:", ex)
class Entry:
    def __mro_entries__(self, bases):
        return (G,)
class Derived(Entry()):
    pass
print(Derived.__bases__, Derived.__orig_bases__[0].__class__.__name__)
try:
    type("X", (Entry(),), {})
except TypeError as ex:
    print("TypeError:", ex)
class BadEntry:
    def __mro_entries__(self, bases):
        return 5
try:
    class Y(BadEntry()):
        pass
except TypeError as ex:
    print("TypeError:", ex)
print(list[int], dict[str, int], tuple[int, ...], type[int], list[int].__origin__, list[int].__args__)
try:
    class Z(1):
        pass
except TypeError as ex:
    print("TypeError:", ex)
