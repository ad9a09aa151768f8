class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items.append(Counter.count)

a = Counter()
b = Counter()
print(Counter.count, a.count, a.items is b.items, a.items)
a.count = 100
print(a.count, b.count, Counter.count, vars(a))
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print("AttributeError:", e)

class Shadow:
    def method(self):
        return "method"
s = Shadow()
s.method = lambda: "instance lambda"
print(s.method(), Shadow.method(s), Shadow().method())
del s.method
print(s.method())

class Cls:
    attr = "class"
    @classmethod
    def set_attr(cls, v):
        cls.attr = v
class Sub(Cls):
    pass
Sub.set_attr("sub")
print(Cls.attr, Sub.attr, "attr" in Sub.__dict__)
del Sub.attr
print(Sub.attr)
print(getattr(Cls, "attr"), getattr(Cls(), "nothing", None))
Cls.new_method = lambda self: "added"
print(Sub().new_method(), hasattr(Sub, "new_method"))
print(Sub.__name__, Sub.__qualname__, Sub.__module__, Sub.__doc__, Sub.__dict__.get("__doc__", "missing"))
