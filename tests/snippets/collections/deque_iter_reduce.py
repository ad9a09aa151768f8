from collections import deque
import _collections as C
d = deque([1, 2, 3], 5)
it = iter(d)
print(type(it).__name__, type(reversed(d)).__name__, it.__length_hint__(), next(it), it.__length_hint__())
r = it.__reduce__(); print(r[0].__name__, r[1])
rv = reversed(d); next(rv); print(rv.__reduce__()[1], list(rv))
print(list(C._deque_iterator(d, 1)), list(C._deque_reverse_iterator(d, 2)), list(C._deque_iterator(d, 10)))
try:
    C._deque_iterator([1])
except TypeError as e:
    print("TypeError:", e)
red = d.__reduce__(); print(red[0].__name__, red[1], red[2], list(red[3]))
red = deque("ab").__reduce__(); print(red[1], red[2], list(red[3]))
class Sub(deque):
    pass
s = Sub([1], 2)
print(s.__reduce__()[1:3], type(s.copy()).__name__, s.copy(), type(s + deque([2])).__name__)
s.tag = "t"
print(s.__reduce__()[2])
import copy
print(copy.copy(d), copy.deepcopy(deque([[1]], 3)), copy.copy(s), copy.copy(s).tag)
