# Int expression trees computed in machine words in compiled code: the results, and every case that must take the
# general path (overflow at each operation, -2**63, big ints, bools, int subclasses, floats, other types, unbound
# locals, zero divisors), each repeated so the loops are compiled.


class I(int):
    def __add__(self, other):
        return "I.add"


class Num:
    def __init__(self, v):
        self.v = v

    def __mul__(self, other):
        return Num(self.v * other)

    def __add__(self, other):
        return Num(self.v + other)

    def __and__(self, other):
        return Num(self.v & other)

    def __repr__(self):
        return "Num(%r)" % (self.v,)


def lcg(x):
    return (x * 1103515245 + 12345) & 0x7FFFFFFF


def mixed(a, b):
    return (a + b) * (a - b) // 7 % 1000 ^ (a | b)


def divmod_tree(a, b):
    return a // b + a % b * 2


def run(f, *args):
    results = set()
    for _ in range(3000):
        try:
            r = f(*args)
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        results.add("%s %s" % (type(r).__name__, r))
    return sorted(results)


print(run(lcg, 7))
print(run(lcg, -7))
print(run(lcg, 2 ** 62))
print(run(lcg, 2 ** 40))
print(run(lcg, 2 ** 100))
print(run(lcg, True))
print(run(lcg, I(5)))
print(run(lcg, 1.5))
print(run(lcg, Num(3)))
print(run(lcg, None))
print(run(mixed, 10, 3))
print(run(mixed, -10, 3))
print(run(mixed, 10, -3))
print(run(mixed, 2 ** 62, 2 ** 62))
print(run(mixed, -2 ** 63, 0))
print(run(mixed, 2 ** 32, 2 ** 31))
print(run(mixed, 3 * 10 ** 9, 10 ** 9))
print(run(mixed, 10.0, 3))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7, 0), (0, 5), (-2 ** 63, -1), (-2 ** 63, 1), (2 ** 63 - 1, -1),
             (-2 ** 63, 2 ** 63 - 1), (5, -1), (-5, -1), (2 ** 64, 3), (True, 2), (7, True), (7.5, 2), (7, 2.0)]:
    print(a, b, run(divmod_tree, a, b))


def overflow_chain(x):
    return x * x * x * x - x + 1


for x in (3, 1000, 50000, 2 ** 20, -2 ** 16 - 1, 55109, 55108, -55108, -55109):
    print(x, run(overflow_chain, x))


def min_edge(x):
    return x - 1 + 1 - 2 ** 62 - 2 ** 62


print(run(min_edge, 0))
print(run(min_edge, 1))
print(run(min_edge, -1))


def unbound(flag):
    if flag:
        y = 3
    return 2 * 3 + y * y - 1


print(run(unbound, True))
print(run(unbound, False))


def inplace(a, b):
    t = a
    t += b * b - a
    t *= 5 + b
    t //= a - 1
    t %= b + 7
    return t


print(run(inplace, 3, 2))
print(run(inplace, 1, 2))
print(run(inplace, 3, -7))
print(run(inplace, 3.0, 2))


def stack_case(v, i, a):
    v[i] += a * a - 1
    v[i] &= a * 255 + 1
    return v[i]


print(run(stack_case, [0, 5], 1, 9))
print(run(stack_case, [0, 5.0], 1, 9))
print(run(stack_case, [0, 2 ** 63 - 1], 1, 9))
print(run(stack_case, [0, Num(5)], 1, 9))


def small_identity(a):
    return id((a * 2 + 1) - a - a - 1) == id(0), (a * 1000 + 7) - a * 1000 == 7


print(run(small_identity, 12345))
