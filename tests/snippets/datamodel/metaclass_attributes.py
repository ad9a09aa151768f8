class Meta(type):
    meta_attr = "from meta"
    def meta_method(cls):
        return "meta_method on " + cls.__name__
    @property
    def computed(cls):
        return cls.__name__.lower()
    def __getattr__(cls, name):
        return f"Meta.__getattr__({name})"
    def __len__(cls):
        return 3
    def __iter__(cls):
        return iter([cls.__name__])
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"

class Thing(metaclass=Meta):
    own = "own attr"

print(Thing.meta_attr, Thing.meta_method(), Thing.computed, Thing.own)
print(Thing.whatever, len(Thing), list(Thing), repr(Thing), Thing)
t = Thing()
print(hasattr(t, "meta_attr"), hasattr(t, "meta_method"), t.own)
try:
    t.meta_method()
except AttributeError as e:
    print("AttributeError:", e)
Thing.meta_attr = "shadowed on class"
print(Thing.meta_attr, Meta.meta_attr)
try:
    Thing.computed = "x"
except AttributeError as e:
    print("AttributeError:", e)
print(type(Thing).__name__, type(type(Thing)).__name__, Meta.__class__ is type)
print(Thing.__class__.__name__, Thing.__dict__["own"], "meta_attr" in Thing.__dict__, "meta_method" in Thing.__dict__)
