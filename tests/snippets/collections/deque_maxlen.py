from collections import deque
d = deque(range(5), maxlen=3)
print(d, d.maxlen)
d.append(5); print(d)
d.appendleft(-1); print(d)
d.extend([7, 8]); print(d)
d.extendleft("ab"); print(d)
d.insert(1, "x") if len(d) < 3 else print("full")
try:
    d.insert(1, "x")
except IndexError as e:
    print("IndexError:", e)
z = deque([1, 2], maxlen=0)
z.append(3); z.extend(range(5)); print(z, z.maxlen)
def gen():
    for i in range(3):
        print("yield", i)
        yield i
z.extend(gen())
print(deque(range(10), 4) * 3, 3 * deque([1, 2], 3), deque([1, 2, 3], 2) + deque([4]))
m = deque([1, 2], 5); m *= 4; print(m)
m = deque([1, 2, 3], 7); m *= 10**12; print(m)
for bad in [-1, "x", 2.0, 2**70]:
    try:
        deque([], bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    d.maxlen = 5
except AttributeError as e:
    print("AttributeError:", e)
print(deque([], 2**62).maxlen)
