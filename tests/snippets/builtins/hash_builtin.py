# hash() of numbers is CPython's numeric hash; unhashable types raise
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(0.5), hash(1.5), hash(2**61), hash(2**61 - 1))
print(hash(float("inf")), hash(-float("inf")), hash(10**100) == hash(10**100 % (2**61 - 1)))
print(hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
for x in [[], {}, set()]:
    try:
        hash(x)
    except TypeError as e:
        print("TypeError:", e)
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
