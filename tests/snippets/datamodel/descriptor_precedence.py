class Data:
    def __get__(self, obj, owner):
        return "data-get"
    def __set__(self, obj, value):
        print("data-set", value)

class NonData:
    def __get__(self, obj, owner):
        return "nondata-get"

class GetOnlyWithDelete:
    def __get__(self, obj, owner):
        return "gd-get"
    def __delete__(self, obj):
        print("gd-delete")

class C:
    d = Data()
    n = NonData()
    g = GetOnlyWithDelete()
    plain = "class-value"

c = C()
c.__dict__["d"] = "instance-d"
c.__dict__["n"] = "instance-n"
c.__dict__["g"] = "instance-g"
c.__dict__["plain"] = "instance-plain"
print(c.d, c.n, c.g, c.plain)
c.d = 5
c.n = "assigned"
print(c.n, c.__dict__["n"])
del c.g
print(c.__dict__["g"])
try:
    c.g = 1
except AttributeError as e:
    print("AttributeError:", e)
print(C.d, C.n, C.plain)
del c.__dict__["plain"]
print(c.plain)

class Meta(type):
    attr = Data()
    other = NonData()
class K(metaclass=Meta):
    other = "class-own"
print(K.attr, K.other)
K.attr = 3
