# reversed() of ranges with huge bounds and steps
import sys
for r in (range(10**20, 10**20 + 5, 2), range(0, 10**20, 10**19), range(sys.maxsize - 2, sys.maxsize), range(-sys.maxsize - 1, -sys.maxsize + 1),
          range(5, -5, -sys.maxsize), range(0, 2 * sys.maxsize, sys.maxsize), range(sys.maxsize, -sys.maxsize, -sys.maxsize)):
    rv = reversed(r)
    print(type(rv).__name__, list(rv), rv.__length_hint__())
print(list(reversed(range(-2**100, -2**100 + 3))), next(reversed(range(2**200))) == 2**200 - 1)
