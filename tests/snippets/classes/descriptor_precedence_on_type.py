class Meta(type):
    @property
    def value(cls):
        return "metaclass data descriptor"

    def method(cls):
        return "metaclass method"

class C(metaclass=Meta):
    value = "class attribute"
    method = "class attribute shadows meta method"

print(C.value)
print(C.method)
print(C().value, vars(C)["value"])

class NonData:
    def __get__(self, obj, owner):
        return "non-data from " + ("instance" if obj is not None else "class")

class D:
    attr = NonData()
d = D()
print(d.attr, D.attr)
d.__dict__["attr"] = "instance dict wins over non-data"
print(d.attr)
