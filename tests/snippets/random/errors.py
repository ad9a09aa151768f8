# Errors raised by _random.Random and random's helpers.
import random, _random

r = _random.Random()
tests = ["_random.Random(1, 2)", "_random.Random(x=1)", "r.seed(1, 2)", "r.seed(n=1)", "r.seed([1])",
         "r.getrandbits(-1)", "r.getrandbits(1.5)", "r.getrandbits()", "r.random(1)",
         "r.setstate(1)", "r.setstate((1,))", "r.setstate((0,) * 624 + (625,))", "r.setstate((-1,) * 625)",
         "r.setstate((2**32,) * 625)", "r.setstate(('a',) * 625)", "random.randrange(0)", "random.randrange(1, 1)",
         "random.randrange(1.5)", "random.choice([])", "random.sample(range(3), 5)", "random.sample({1, 2}, 1)",
         "random.choices('ab', weights=[1], k=2)", "random.Random().setstate((9, (), None))", "random.seed([1, 2])"]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
