from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [], 10), reduce(operator.mul, range(1, 8), 1))
print(reduce(lambda acc, x: acc + [x * 2], "abc", []), reduce(max, iter([3, 9, 2])), reduce(operator.add, ["x"]))
def noisy(a, b):
    print("call", a, b)
    return a + b
print(reduce(noisy, [1, 2, 3], 100))
for args in [(max,), (max, 1), (max, []), (max, [1], 2, 3), ()]:
    try:
        print(reduce(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    reduce(max, [1], initial=2)
except TypeError as e:
    print("TypeError:", e)
def gen():
    yield 1
    raise ValueError("boom")
try:
    reduce(operator.add, gen())
except ValueError as e:
    print("ValueError:", e)
