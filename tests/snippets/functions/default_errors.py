def f(a, b=[1], *, c={"k": 1}):
    b.append(len(b))
    c["k"] += 1
    return b, c

print(f(0), f(0))
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = ([],)
print(f(0))
f.__defaults__ = None
try:
    f(0)
except TypeError as e:
    print("TypeError:", e)
f.__kwdefaults__ = None
try:
    f(0, [])
except TypeError as e:
    print("TypeError:", e)
