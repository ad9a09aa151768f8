# range: construction errors, index/count, in, slicing, equality, hash, repr, attributes
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(1.0))
t(lambda: range("a"))
t(lambda: range(0, 5, 0))
t(lambda: range(stop=5))
t(lambda: range(1, 2.5))
t(lambda: range(5).index(7))
t(lambda: range(5).index("a"))
t(lambda: range(5).index())
t(lambda: range(5).index(2, 1))
t(lambda: range(5).count())
t(lambda: range(5)[5])
t(lambda: range(5)[-6])
t(lambda: range(5)["a"])
t(lambda: range(5)[1.0])
t(lambda: range(5)[::0])
t(lambda: hash(range(3)))
class I:
    def __index__(self): return 4
print(range(I()), range(1, I(), I()), range(5)[I()] if False else range(5)[I()])
print(range(3), range(1, 3), range(1, 3, 2), range(0, -3, -1), repr(range(-5)))
r = range(1, 20, 3)
print(list(r), len(r), r[2], r[-1], r[1:4], r[::-1], r[::2], r[10:], r[-100:100], r[3:1])
print(r.index(10), r.count(10), r.count(11), 10 in r, 11 in r, 10.0 in r, 10.0 in list(r), r.index(10.0) if 10.0 in r else "", True in range(2))
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(1) == range(1, 2, 7), range(3) == [0, 1, 2], range(3) != range(4))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2, 5)) == hash(range(1, 2)), hash(range(0, 4, 2)) == hash(range(0, 3, 2)))
print(hash(range(5)), hash(range(0, 4, 2)), hash(range(1, 9, 2)))
print(range(5).start, range(5).stop, range(5).step, range(3, -2, -2).step)
try:
    range(5).start = 1
except AttributeError as e:
    print(e)
try:
    range(3) < range(4)
except TypeError as e:
    print(e)
print(list(reversed(range(1, 10, 4))), list(reversed(range(0))), list(reversed(range(10, 0, -3))))
print(bool(range(0)), bool(range(1)), list(range(-3, 3)), list(range(3, -3, -2)))
class Eq:
    def __eq__(self, o): return o == 2
print(Eq() in range(5), range(5).count(Eq()), range(5).index(Eq()))
class MyInt(int): pass
print(MyInt(2) in range(5), range(5).index(MyInt(3)))
print(sorted(set(dir(range)) - set(dir(object)) - {"__reduce__", "__reduce_ex__"}))
