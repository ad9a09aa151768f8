# __instancecheck__ and __subclasscheck__ on a metaclass
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is str
class Any(metaclass=Meta):
    pass
print(isinstance("magic", Any), isinstance("other", Any), issubclass(str, Any), issubclass(int, Any))
print(isinstance(Any(), Any))
