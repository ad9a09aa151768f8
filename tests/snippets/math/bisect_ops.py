# bisect on top of _bisect: left/right, lo/hi, key, insort on lists and on a list subclass.
import bisect, _bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 2.5, 3, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x), bisect.bisect_left(a, x, 2, 5), bisect.bisect_right(a, x, hi=3))
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
    bisect.insort_left(b, x)
print(b)
bisect.insort(recs, ('e', 4), key=lambda r: r[1])
print(recs)
class L(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)
l = L([1, 3])
bisect.insort_right(l, 2)
print(l, bisect.bisect_left([1, 2], 1, hi=-1), bisect.bisect_left([1], 1, lo=0, hi=None, key=None))
for s in ["_bisect.bisect_left()", "_bisect.bisect_left([1], 1, -1)", "_bisect.bisect_left([1], 1, 0, 5)",
          "_bisect.bisect_left(1, 1)", "_bisect.insort_left(None, 1)", "_bisect.bisect_left([1, 2], 1, x=3)",
          "_bisect.bisect_right([1, 'a'], 2)", "_bisect.bisect_left([1], 1, 1.5)"]:
    try:
        print(s, '->', eval(s))
    except Exception as e:
        print(s, '!!', type(e).__name__, e)
