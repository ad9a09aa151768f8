# sum(): positional and keyword start, the errors of its arguments, and mixed numeric types.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([1, 2, 3], start=10), sum([]), sum([], 5))
print(sum(x for x in range(100)), sum(iter([0.5, 1, 2])), sum([1, 2.5]), sum([2**63, 2**63]))
print(sum([True, True, False]), sum([[1], [2]], []), sum([(1,), (2,)], ()))
print(sum([9223372036854775807, 1]), sum([-9223372036854775808, -1]))
for bad in [("x",), ([1], "s"), ([b"a"], b""), ([1], bytearray())]:
    try:
        print(sum(*bad))
    except TypeError as e:
        print(e)
try:
    sum()
except TypeError as e:
    print(e)
try:
    sum([1], 2, 3)
except TypeError as e:
    print(e)
try:
    sum(iterable=[1])
except TypeError as e:
    print(e)
try:
    sum(5)
except TypeError as e:
    print(e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)


class N(int):
    def __add__(self, other):
        return "N+"

    def __radd__(self, other):
        return "+N"


print(sum([N(1)]), sum([1, N(2)]), sum([N(1)], N(2)), sum([5], N(2)))
print(sum(c.isalpha() for c in "ab1c"))
