# __names inside a class body are mangled to _ClassName__name
class Ham:
    __spam = "class private"
    def __init__(self):
        self.__eggs = "instance private"
        self.__dunder__ = "not mangled"
    def get(self):
        return self.__spam, self.__eggs
    def __secret(self):
        return "secret method"
    def call_secret(self):
        return self.__secret()

h = Ham()
print(h.get(), h.call_secret())
print(sorted(vars(h)))
print(sorted(k for k in vars(Ham) if "spam" in k or "secret" in k))
print(h._Ham__eggs, Ham._Ham__spam)
try:
    h.__eggs
except AttributeError as e:
    print("AttributeError:", e)

class _Leading:
    def __m(self):
        pass
class __Dunders__:
    def __m(self):
        pass
print([k for k in vars(_Leading) if k.endswith("__m")], [k for k in vars(__Dunders__) if k.endswith("__m")])
