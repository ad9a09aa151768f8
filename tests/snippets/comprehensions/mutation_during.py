# the iterable is consumed lazily: mutating it during the comprehension is visible
items = [1, 2, 3]
out = [items.append(x * 10) or x for x in items if x < 10]
print(out, items)

d = {"a": 1}
try:
    [d.setdefault(k + "!", 0) for k in d]
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    {s.add(x + 10) for x in s}
except RuntimeError as e:
    print("RuntimeError:", e)
