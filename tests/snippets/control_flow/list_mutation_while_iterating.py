items = [1, 2, 3, 4, 5, 6]
for x in items:
    if x % 2 == 0:
        items.remove(x)
print(items)
items = [1, 2, 3]
seen = []
for x in items:
    seen.append(x)
    if len(items) < 6:
        items.append(x * 10)
print(seen, items)
nums = [1, 2, 3, 4]
for x in nums[:]:
    nums.remove(x)
print(nums)
d = {1: "a", 2: "b"}
for k in list(d):
    d[k + 10] = d.pop(k)
print(d)
