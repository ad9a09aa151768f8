class Meta(type):
    def __getattr__(cls, name):
        return f"{cls.__name__}.{name} (from metaclass)"

class Config(metaclass=Meta):
    known = "real"

print(Config.known, Config.anything, Config.other_thing)
c = Config()
try:
    c.anything
except AttributeError as e:
    print("AttributeError:", e)

class Module:
    def __getattr__(self, name):
        if name == "__len__":
            return lambda: 99
        raise AttributeError(name)
try:
    len(Module())
except TypeError as e:
    print("TypeError:", e)
print(Module().__len__())
