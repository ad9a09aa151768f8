class Data:
    def __get__(self, obj, objtype=None):
        print("Data.__get__", obj is not None, objtype.__name__)
        return "data value"

    def __set__(self, obj, value):
        print("Data.__set__", value)
        obj.__dict__["d"] = value

class NonData:
    def __get__(self, obj, objtype=None):
        print("NonData.__get__", obj is not None)
        return "non-data value"

class Host:
    d = Data()
    n = NonData()

h = Host()
print(h.d)
h.d = 5
print(h.__dict__)
print(h.d)
print(h.n)
h.n = "instance wins"
print(h.n)
del h.n
print(h.n)
print(Host.d)
print(Host.n)
h.__dict__["d"] = "shadow attempt"
print(h.d)

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")
class R:
    x = ReadOnly()
r = R()
try:
    r.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del h.d
except AttributeError as e:
    print("AttributeError:", e)
