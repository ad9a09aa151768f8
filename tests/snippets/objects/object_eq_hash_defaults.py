class C:
    pass
a, b = C(), C()
print(a == a, a == b, a != b, a.__eq__(b), a.__ne__(a), a.__eq__(1), object.__eq__(a, a))
print(hash(a) == hash(a), hash(a) == object.__hash__(a), type(hash(a)).__name__)
print(a.__lt__(b), a.__le__(b), a.__gt__(b), a.__ge__(b))
try:
    a < b
except TypeError as ex:
    print("TypeError:", ex)
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as ex:
    print("TypeError:", ex)
class EqHash(EqOnly):
    __hash__ = object.__hash__
print(type(hash(EqHash())).__name__)
class NeCustom:
    def __eq__(self, o):
        return "yes"
print(NeCustom() != 1, NeCustom() == 1)
class NeNI:
    def __eq__(self, o):
        return NotImplemented
x = NeNI()
print(x == x, x != x, x == NeNI(), x != NeNI())
print(object.__ne__(a, b), object.__ne__(a, a))
print(C.__eq__ is object.__eq__, C.__hash__ is object.__hash__)
