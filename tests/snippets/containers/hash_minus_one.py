# objects whose __hash__ returns -1 hash as -2; containers and tuples agree with CPython
class M1:
    def __hash__(self): return -1
    def __eq__(self, o): return isinstance(o, M1)
print(hash(M1()), hash(-1), hash(-2), hash((-1,)), hash((-2,)), hash((M1(),)) == hash((-1,)))
d = {M1(): "a", -1: "b", -2: "c"}
print(len(d), d[M1()], d[-1], d[-2])
s = {M1(), -1, -2}
print(len(s), M1() in s, -1 in s)
class Big:
    def __hash__(self): return 2**64 + 5
print(hash(Big()), hash((Big(), 1)) == hash((2**64 + 5, 1)))
class Bad:
    def __hash__(self): return "x"
try:
    hash(Bad())
except TypeError as e:
    print(e)
try:
    {Bad()}
except TypeError as e:
    print(e)
print(hash((1, 2, (3, (4, -1)))), hash(((), (), ())), hash((True, 1.0, 1)))
