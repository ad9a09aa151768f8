class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        "The temperature in degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("setting", value)
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    def _get_f(self):
        return self._c * 9 / 5 + 32
    fahrenheit = property(_get_f, doc="Fahrenheit, read-only.")

t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(hasattr(t, "_c"))
print(Temperature.celsius.__doc__)
print(Temperature.fahrenheit.__doc__)
prop = Temperature.celsius
print(prop.fget.__name__, prop.fset.__name__, prop.fdel.__name__, Temperature.fahrenheit.fset)
print(type(prop).__name__, isinstance(prop, property))
p2 = prop.getter(lambda self: "replaced")
t2 = Temperature()
print(p2.__get__(t2, Temperature), p2.fset is prop.fset, p2.__doc__)
p3 = property(None, None, None, "only doc")
print(p3.__doc__, p3.fget)
print(property().__doc__)
print(property(lambda s: 1).__isabstractmethod__)
