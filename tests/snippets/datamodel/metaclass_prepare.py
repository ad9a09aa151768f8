class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls

class Form(metaclass=Meta, tag="x"):
    zeta = 1
    alpha = 2
    def method(self):
        pass
    zeta = 3

print(Form.order, Form.zeta)

class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class X(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)

print(type.__prepare__("name", ()), type(type.__prepare__()).__name__)

class AutoNumber(dict):
    def __missing__(self, key):
        if key.startswith("__"):
            raise KeyError(key)
        value = len([k for k in self if not k.startswith("__")])
        self[key] = value
        return value
class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNumber()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class Color(metaclass=AutoMeta):
    RED
    GREEN
    BLUE
print(Color.RED, Color.GREEN, Color.BLUE)
