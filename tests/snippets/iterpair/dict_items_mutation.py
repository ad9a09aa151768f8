# `for k, v in d.items()` in hot loops: the pair path must raise what dict_itemiterator raises when the dict
# changes size or keys during iteration, and keep raising once it did (the error is sticky).
def total(d):
    t = 0
    for k, v in d.items():
        t += k * v
    return t

d = {i: i % 7 for i in range(3000)}
print(total(d))
for _ in range(5):
    print(total(d))

def grow(d):
    n = 0
    for k, v in d.items():
        n += 1
        if n == 1500:
            d[-1] = 0
    return n

try:
    grow(dict(d))
except RuntimeError as e:
    print("RuntimeError:", e)

def swap_key(d):
    n = 0
    for k, v in d.items():
        n += 1
        if n == 2000:
            del d[2999]
            d["new"] = v
    return n

try:
    print(swap_key(dict(d)))
except RuntimeError as e:
    print("RuntimeError:", e)

d2 = dict(d)
it = iter(d2.items())
n = 0
try:
    for k, v in it:
        n += 1
        if n == 1200:
            d2.pop(0)
except RuntimeError as e:
    print("RuntimeError:", e, n)
d2[0] = 0
try:
    for k, v in it:
        pass
except RuntimeError as e:
    print("sticky RuntimeError:", e)
try:
    print(list(it))
except RuntimeError as e:
    print("still:", e)

# Deleting and re-adding a key keeps the size, but the iterator then finds one entry more than the dict had.
d3 = {i: i for i in range(1500)}
seen = 0
try:
    for k, v in d3.items():
        if k == 5:
            del d3[5]
            d3[5] = 50
        seen += 1
except RuntimeError as e:
    print("RuntimeError:", e, seen)
print(list(d3.items())[-1])

# A comprehension over the items, hot.
index = {i: i % 97 for i in range(5000)}
inverse = {v: k for k, v in index.items()}
print(len(inverse), inverse[13], sum(k - v for k, v in index.items()))
pairs = [(v, k) for k, v in index.items() if k % 1000 == 0]
print(pairs)
# Nested unpacking: the outer pair from the items, the inner one a tuple key.
t = {(i, i * 2): i for i in range(3000)}
s = 0
for (a, b), v in t.items():
    s += a + b - v
print(s)
