# Compiled code calls plain compiled functions directly (0-4 positional arguments, functions and methods);
# anything else (defaults, keywords, *args, wrong counts, generators) goes the general way.
import sys


def f0(): return 1
def f1(a): return a
def f2(a, b): return a - b
def f3(a, b, c): return a * b + c
def f4(a, b, c, d): return (a, b, c, d)
def dflt(a, b=10): return a + b
def star(*a): return len(a)
def gen(a): yield a


class C:
    def m0(self): return 2
    def m1(self, a): return a + 1
    def m3(self, a, b, c): return a + b + c


def depth(n):
    return depth(n + 1) if n < 50 else sys._getframe().f_back.f_code.co_name


def main():
    c = C()
    t = 0
    for i in range(3000):
        t += f0() + f1(i) + f2(i, 1) + f3(i, 2, 3) + f4(i, 1, 2, 3)[0]
        t += c.m0() + c.m1(i) + c.m3(1, 2, i) + dflt(i) + dflt(i, b=1) + star(i, i) + next(gen(i))
        m = c.m1
        t += m(i)
        if i == 2000:
            for bad in (lambda: f2(i), lambda: f1(i, i), lambda: c.m1(), lambda: f0(1)):
                try:
                    bad()
                except TypeError as e:
                    print(e)
    print(t, depth(0))
    f = f2
    f.__code__ = f3.__code__
    print(f(1, 2, 3))


main()
sys.setrecursionlimit(100000)


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)
