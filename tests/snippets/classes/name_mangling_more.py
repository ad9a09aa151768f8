class Outer:
    class __Inner:
        pass

    __annotated: int = 3
    __only_annotation: str

    def inner_name(self):
        return self.__Inner.__name__, self.__Inner.__qualname__

    def set_and_delete(self):
        self.__tmp = 1
        before = sorted(vars(self))
        del self.__tmp
        return before, sorted(vars(self))

    def strings_are_not_mangled(self):
        self.__real = "value"
        return hasattr(self, "__real"), getattr(self, "_Outer__real")

    def in_comprehension(self):
        self.__items = [1, 2]
        return [x + self.__items[0] for x in self.__items]

    def in_lambda(self):
        return (lambda: self.__annotated)()

    def uses_global(self):
        global __counter
        __counter = 5
        return "set"

print(Outer().inner_name(), hasattr(Outer, "_Outer__Inner"))
print(Outer.__annotations__)
print(Outer().set_and_delete())
print(Outer().strings_are_not_mangled())
print(Outer().in_comprehension(), Outer().in_lambda())
print(Outer().uses_global(), _Outer__counter)

class Sub(Outer):
    def peek(self):
        try:
            return self.__annotated
        except AttributeError as e:
            return "AttributeError: " + str(e)
print(Sub().peek(), Sub()._Outer__annotated)
