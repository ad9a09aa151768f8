class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)

class Both:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
print(len({Both(1), Both(1), Both(2)}), hash(Both(5)) == hash(5))

class InheritsBoth(Both):
    pass
print(hash(InheritsBoth(7)) == hash(7))

class OverridesEq(Both):
    def __eq__(self, other):
        return False
try:
    hash(OverridesEq(1))
except TypeError as e:
    print("TypeError:", e)

class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print("TypeError:", e)

class Restored(EqOnly):
    __hash__ = object.__hash__
print(type(hash(Restored())).__name__)

class BigHash:
    def __hash__(self):
        return 2**100
class NegOne:
    def __hash__(self):
        return -1
class BadHash:
    def __hash__(self):
        return "x"
class BoolHash:
    def __hash__(self):
        return True
print(hash(BigHash()) == hash(2**100), hash(NegOne()), hash(BoolHash()))
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)

class Later:
    pass
h1 = hash(Later())
Later.__eq__ = lambda self, other: True
print(type(h1).__name__, type(hash(Later())).__name__)
Later.__hash__ = None
try:
    hash(Later())
except TypeError as e:
    print("TypeError:", e)
print(isinstance(EqOnly(), object), EqOnly.__dict__["__hash__"])
