class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return "missing:" + name

    def method(self):
        return self.x

obj = Logged()
print(obj.x)
print(obj.method())
print(obj.nothing)

class Upper:
    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        return value.upper() if isinstance(value, str) else value
u = Upper()
u.word = "quiet"
print(u.word, u.__dict__)
class Blocked:
    def __getattribute__(self, name):
        raise AttributeError("blocked " + name)
try:
    Blocked().anything
except AttributeError as e:
    print("AttributeError:", e)
print(type(Blocked()).__name__)
