t = (1, 2, [30, 40])
try:
    t[2] += [50, 60]
except TypeError as e:
    print("TypeError:", e)
print(t)
t[2].extend([70])
print(t)
u = ([],)
try:
    u[0] += "ab"
except TypeError as e:
    print("TypeError:", e)
print(u)
