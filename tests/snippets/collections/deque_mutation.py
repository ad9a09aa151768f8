from collections import deque
class Mut:
    def __init__(self, d): self.d = d
    def __eq__(self, other):
        self.d.append(0)
        return False
for op in ["count", "index", "remove", "__contains__"]:
    d = deque([1, 2, 3])
    try:
        print(op, getattr(d, op)(Mut(d)))
    except Exception as e:
        print(op, type(e).__name__, e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
for op in ["d.rotate(1)", "d.rotate(0)", "d.reverse()", "d.__setitem__(0, 5)", "d.__delitem__(0)", "d.insert(1, 7)",
           "d.remove(2)", "d.extend([])", "d.extendleft([])", "d.clear()", "d.__imul__(1)", "d.__imul__(2)",
           "d.__iadd__([])", "d.copy()", "deque.__init__(d, [1, 2, 3])", "d.append(1) or d.pop()", "d.count(1)"]:
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    eval(op)
    try:
        print(op, list(it))
    except RuntimeError as e:
        print(op, "RuntimeError:", e)
d = deque([1, 2]); it = iter(d); d.pop()
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("again:", e)
e = deque([1]); it = iter(e); e.rotate(5); print(list(it))
