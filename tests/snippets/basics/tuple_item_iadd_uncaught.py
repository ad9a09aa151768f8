def grow(t):
    print("before", t)
    t[2] += [50, 60]
    print("never", t)

t = (1, 2, [30, 40])
try:
    grow(t)
finally:
    print("after", t)
