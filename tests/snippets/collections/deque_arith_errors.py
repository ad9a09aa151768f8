from collections import deque
d = deque([1, 2, 3])
print(d + deque([4]), d * 2, 2 * d, d * 0, d * -1, d)
x = deque([1]); y = x; x += [2, 3]; print(x is y, x)
x *= 2; print(x is y, x)
x += x; print(x)
x.extend(x); print(len(x))
x.extendleft(deque("ab")); print(x)
tests = ["d + [1]", "d * 'a'", "d[5]", "d[-4]", "d['a']", "d[1:2]", "d.index(9)", "d.index(1, 'a')", "d.remove(9)",
         "d.rotate('a')", "d.rotate(1, 2)", "deque().pop()", "deque().popleft()", "deque(1)", "deque(x=1)",
         "deque([], 2, 3)", "d.count()", "d.append()", "d.index()", "d.insert(1)", "d.pop(0)", "d.__setitem__(9, 1)",
         "d.__delitem__(-9)", "d.index(1, 0, 'x')", "d[2**100]"]
for t in tests:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
class I:
    def __index__(self): return 1
print(d[I()], d.index(3, I()), d.__sizeof__() > 0)
