class Meta(type):
    def meta_method(cls):
        return "meta_method on " + cls.__name__

    @property
    def meta_prop(cls):
        return "meta property of " + cls.__name__

class A(metaclass=Meta):
    @classmethod
    def cm(cls):
        return "classmethod on " + cls.__name__

print(A.meta_method(), A.meta_prop, A.cm(), A().cm())
print(hasattr(A(), "meta_method"), hasattr(A(), "meta_prop"))
try:
    A().meta_method()
except AttributeError as e:
    print("AttributeError:", e)
print(type(A).meta_method(A))
