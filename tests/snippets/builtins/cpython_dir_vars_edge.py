# dir() and vars() edge cases from test_builtin: object.__dir__ ignores a failing __class__, vars() uses
# getattr(obj, '__dict__') (a property named __dict__ wins), dir() asks a non-dict locals mapping for keys().


class Foo(object):
    __slots__ = ["__class__", "__dict__"]

    def __init__(self):
        self.bar = "wow"


f = Foo()
print(dir(f), "__repr__" in dir(f))


class C_get_vars(object):
    def getDict(self):
        return {'a': 2}
    __dict__ = property(fget=getDict)


c = C_get_vars()
print(vars(c), c.__dict__, type(C_get_vars.__dict__['__dict__']).__name__)
c.x = 5
print(c.x, vars(c))


class Slotted:
    __slots__ = ['a']


for obj in (1, Slotted()):
    try:
        vars(obj)
    except TypeError as e:
        print("TypeError:", e)


class Raiser:
    @property
    def __dict__(self):
        raise KeyError("boom")


try:
    vars(Raiser())
except KeyError as e:
    print("KeyError:", e)


class D(dict):
    def __getitem__(self, key):
        if key == 'a':
            return 12
        return dict.__getitem__(self, key)

    def keys(self):
        return list('zxy')


print(eval('a', {}, D()), eval('dir()', {}, D()))
