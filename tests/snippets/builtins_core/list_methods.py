# list methods
l = [3, 1, 2]
l.append(4)
l.extend("ab")
l.insert(0, "first")
l.insert(100, "last")
l.insert(-100, "very first")
print(l)
print(l.pop(), l.pop(0), l.pop(-2))
print(l, l.index(2), l.count(1))
l.remove("b")
print(l)
c = l.copy()
c.reverse()
print(c, l)
nums = [5, 2, 9]
nums.sort()
print(nums, nums * 2, [0] + nums)
nums.clear()
print(nums)
for call in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(5), lambda: [1].pop(3)]:
    try:
        call()
    except (IndexError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print([1, 2, 3].index(3, 1), [1, 2] < [1, 3], [[]] * 2)
