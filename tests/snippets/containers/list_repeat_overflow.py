# list/tuple repetition with negative, zero and huge counts
import sys
for n in (-5, -1, 0, 1, 3):
    print(n, [1, 2] * n, n * [0], (1,) * n, n * ("a", "b"))
def t(f):
    try:
        r = f()
        print("ok", len(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: [1] * 10**20)
t(lambda: [1] * -10**20)
t(lambda: (1,) * 10**20)
t(lambda: [1, 2] * sys.maxsize)
t(lambda: (1, 2) * sys.maxsize)
t(lambda: [] * 10**20)
t(lambda: [] * sys.maxsize)
t(lambda: () * sys.maxsize)
t(lambda: [1] * 2.0)
t(lambda: [1] * "a")
t(lambda: "a" * [1])
t(lambda: [1] * True)
l = [1, 2]
l *= 3
print(l)
l *= 0
print(l)
l = [1]
l *= -1
print(l)
def u(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
l = [1]
def g():
    global l
    l *= 10**20
u(g)
def h():
    global l
    l *= 2.5
u(h)
class I:
    def __index__(self): return 2
print([7] * I(), I() * (7,))
