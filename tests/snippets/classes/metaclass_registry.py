class PluginMeta(type):
    plugins = {}

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.plugins[name.lower()] = cls
        return cls

    def __len__(cls):
        return len(cls.members)

    def __iter__(cls):
        return iter(cls.members)

    def __repr__(cls):
        return "<plugin class " + cls.__name__ + ">"

class Plugin(metaclass=PluginMeta):
    members = []

class Alpha(Plugin):
    members = [1, 2, 3]

class Beta(Plugin):
    members = ["b"]

print(sorted(PluginMeta.plugins), PluginMeta.plugins["alpha"] is Alpha)
print(len(Alpha), list(Beta), repr(Alpha), Alpha)
print(isinstance(Alpha, PluginMeta), isinstance(Alpha, type), type(type), type(object))

Dynamic = type("Dynamic", (Alpha,), {"members": [9], "hello": lambda self: "hi"})
print(Dynamic().hello(), list(Dynamic), "dynamic" in PluginMeta.plugins, Dynamic.__mro__[1])

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
