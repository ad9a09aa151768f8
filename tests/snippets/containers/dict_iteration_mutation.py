# mutating a dict or set while iterating
d = {1: 1, 2: 2, 3: 3}
try:
    for x in d:
        d[x + 10] = 0
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2, 3: 3}
try:
    for x in d:
        del d[x]
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2, 3: 3}
try:
    for x in d:
        del d[x]
        d[x + 100] = 0
except RuntimeError as e:
    print(e, len(d))
d = {1: 1, 2: 2}
for x in d:
    d[x] = x * 10  # value change is fine
print(d)
for view in ("keys", "values", "items"):
    d = {1: 1, 2: 2}
    try:
        for x in getattr(d, view)():
            d.pop(1, None); d[5] = 5
    except RuntimeError as e:
        print(view, e)
d = {1: 1, 2: 2}
try:
    for x in reversed(d):
        d[9] = 9
except RuntimeError as e:
    print("reversed", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x); s.add(x + 100)
except RuntimeError as e:
    print("set keys changed?", e)
else:
    print("no error", len(s))
it = iter({1: 2})
d2 = {}
it2 = iter(d2)
d2[1] = 1
try:
    next(it2)
except RuntimeError as e:
    print(e)
try:
    next(it2)
except RuntimeError as e:
    print("sticky:", e)
