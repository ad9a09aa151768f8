# set iteration order for int elements follows the hash table, as in CPython
print(list({5, 3, 1, 8, 13, 21, 34}))
print(list({100, 1, 64, 33, 2, 65}))
print(list(set(range(20, 0, -3))))
s = set()
for i in range(0, 200, 7):
    s.add(i)
print(list(s))
for i in range(0, 200, 14):
    s.discard(i)
print(list(s))
s.update(range(300, 320))
print(list(s)[:15])
print(list({-1, -2, -3, 0, 1}), list({2**61 - 1, 2**61, 2**62, 1}))
f = frozenset([9, 8, 7, 1000, 8, 1001])
print(list(f), list(f | {3}), list(f & {8, 1000, 7}))
print(list({1.5, 2.5, 0.5}), list({True, 2, 3}))
t = set(range(10))
while len(t) > 3:
    t.pop()
print(t)
