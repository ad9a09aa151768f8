# membership in ranges for ints, bools, floats and int subclasses
r = range(0, 20, 3)
class MyInt(int): pass
class EqTo6:
    def __eq__(self, o): return o == 6
for x in (0, 3, 4, 18, 21, -3, True, False, 3.0, 3.5, MyInt(6), MyInt(7), EqTo6(), "3", None, 2**70):
    try:
        print(repr(x) if not isinstance(x, EqTo6) else "EqTo6", x in r, r.count(x))
    except TypeError as e:
        print("TypeError", e)
print(range(5).index(True), range(5).index(3.0) if 3.0 in range(5) else "", range(-5, 5).index(MyInt(-2)))
big = range(-10**20, 10**20, 7)
print(7 in big, -10**20 in big, 10**20 - 6 in big, 0.0 in range(1))
