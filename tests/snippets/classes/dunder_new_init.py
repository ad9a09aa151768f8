class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst

    def __init__(self, v):
        print("__init__", v)
        self.v = v

t = Tracked(1)
print(t.v, t.created)

class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never runs")
print(NotMine())

class Cached:
    _instances = {}
    def __new__(cls, key):
        if key not in cls._instances:
            cls._instances[key] = super().__new__(cls)
        return cls._instances[key]
    def __init__(self, key):
        print("init runs every time", key)
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"))

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
class ArgsToObject:
    pass
try:
    ArgsToObject(1, 2)
except TypeError as e:
    print("TypeError:", e)
