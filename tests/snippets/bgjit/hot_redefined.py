# A function that is hot while it is redefined and while the globals it reads change: whichever of the eval loop
# or compiled code runs a call (the compile happens on another thread), the results are the same.
import time

def step(x):
    return x + OFFSET

OFFSET = 1
total = 0
for round in range(6):
    for i in range(700):
        total = step(total)
    if round == 2:
        # A new function object with new code under the same name, while the old code may be compiling.
        exec("def step(x):\n    return x * 2 % 1000003 + OFFSET\n")
    OFFSET += 1
    time.sleep(0.01)
    print(round, total)

# Same code, new function objects, each with its own globals.
src = "def g(n):\n    s = 0\n    for i in range(n):\n        s += K\n    return s\n"
for k in range(5):
    ns = {"K": k}
    exec(src, ns)
    print(k, [ns["g"](n) for n in (0, 1, 1500, 3000)])

# A method replaced on its class while it is hot.
class C:
    def m(self, v):
        return v + 1

c = C()
acc = 0
for i in range(4000):
    acc = c.m(acc)
    if i == 1500:
        C.m = lambda self, v: v + 10
print(acc)
