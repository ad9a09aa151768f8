# callable() and hash()
class WithCall:
    def __call__(self):
        return "called"
class Plain:
    pass
print(callable(len), callable(WithCall), callable(WithCall()), callable(Plain()), callable(None), callable(lambda: 0))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(0), hash(()) == hash(()), hash((1, 2)) == hash((1, 2)))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-2), hash(1.5))
class Unhashable:
    __hash__ = None
class Custom:
    def __hash__(self):
        return 12345
class BadHash:
    def __hash__(self):
        return "nope"
print(hash(Custom()))
for obj in [[], {}, set(), Unhashable(), (1, [2]), BadHash()]:
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError:", e)
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__ is None)
