class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        print("init_subclass", cls.__name__, name, kwargs)
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class Alpha(Plugin, name="a"):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, name="g"):
    pass
print(sorted(Plugin.registry), Gamma.plugin_name, Beta.plugin_name)
try:
    class Bad(Plugin, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain(color="blue"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Counting:
    subclasses = []
    @classmethod
    def __init_subclass__(cls):
        Counting.subclasses.append(cls.__name__)
class One(Counting):
    pass
class Two(One):
    pass
print(Counting.subclasses, type(Counting.__dict__["__init_subclass__"]).__name__)

class Implicit:
    def __init_subclass__(cls):
        print("implicit classmethod:", cls.__name__)
class Kid(Implicit):
    pass
print(type(Implicit.__dict__["__init_subclass__"]).__name__)
print(object.__init_subclass__())
try:
    object.__init_subclass__(1)
except TypeError as e:
    print("TypeError:", e)
Dyn = type("Dyn", (Implicit,), {})
