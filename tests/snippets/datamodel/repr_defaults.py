class Outer:
    class Inner:
        pass
    def method(self):
        class Local:
            pass
        return Local()

def check(obj, prefix):
    r = repr(obj)
    print(r.startswith(prefix), r.endswith(">"), " at 0x" in r, str(obj) == r)

check(Outer(), "<__main__.Outer object at 0x")
check(Outer.Inner(), "<__main__.Outer.Inner object at 0x")
check(Outer().method(), "<__main__.Outer.method.<locals>.Local object at 0x")
check(object(), "<object object at 0x")
print(repr(Outer), repr(Outer.Inner), Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.__module__)
print(repr(type(Outer().method())))

class Renamed:
    pass
Renamed.__qualname__ = "Other.Name"
Renamed.__module__ = "pkg.mod"
print(repr(Renamed))
check(Renamed(), "<pkg.mod.Other.Name object at 0x")
Renamed.__module__ = "builtins"
print(repr(Renamed))

class StrOnly:
    def __str__(self):
        return "str!"
print(str(StrOnly()), repr(StrOnly()).startswith("<__main__.StrOnly"), f"{StrOnly()}", [StrOnly()][0].__str__())
class ReprOnly:
    def __repr__(self):
        return "repr!"
print(str(ReprOnly()), repr(ReprOnly()), f"{ReprOnly()}", [ReprOnly()], (ReprOnly(),))
class BadRepr:
    def __repr__(self):
        return 5
class BadStr:
    def __str__(self):
        return None
for f, o in ((repr, BadRepr()), (str, BadStr()), (str, BadRepr())):
    try:
        f(o)
    except TypeError as e:
        print("TypeError:", e)
try:
    Renamed.__qualname__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    Renamed.__name__ = None
except TypeError as e:
    print("TypeError:", e)
