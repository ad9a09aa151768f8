# slice objects: attributes, indices(), comparisons, hashing, repr
s = slice(1, 10, 2)
print(s, repr(slice(None)), slice(5), slice(1, 2), s.start, s.stop, s.step, slice("a", [1], None))
for args in [(None,), (2,), (-2, None), (None, None, -1), (1, 100, 3), (-100, 100, -3), (5, 1, -1), (0, 0)]:
    sl = slice(*args)
    print(args, sl.indices(7), sl.indices(0), list(range(7))[sl] == [list(range(7))[i] for i in range(*sl.indices(7))])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(start=1))
t(lambda: slice(1, 2, 0).indices(5))
t(lambda: slice(1).indices(-1))
t(lambda: slice(1).indices("a"))
t(lambda: slice(1).indices())
t(lambda: slice("a").indices(5))
t(lambda: slice(1, 2, 1.5).indices(5))
t(lambda: hash(slice(1)))
t(lambda: slice(10**30, -10**30, -10**25).indices(10**40))
t(lambda: slice(None, None, -10**30).indices(5))
t(lambda: [1, 2, 3][slice(10**30)])
t(lambda: [1, 2, 3][::10**30])
t(lambda: [1, 2, 3][1.0:])
t(lambda: [1, 2, 3]["a":])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) < slice(1, 3), slice(2, 3) > slice(1, 5), slice(1) != (1,))
t(lambda: slice(1) < slice("a"))
t(lambda: slice(1) < (1,))
try:
    s.start = 3
except AttributeError as e:
    print(e)
print(s.__reduce__())
class I:
    def __index__(self): return 2
print([0, 1, 2, 3, 4][I():I() + 2 if False else None], [0, 1, 2, 3][slice(I())], slice(I()).indices(10))
print("abcdef"[slice(1, None, 2)], (1, 2, 3)[slice(-1, None, -1)], range(10)[slice(2, 8, 3)])
print(sorted(set(dir(slice)) - set(dir(object)) - {"__reduce__", "__reduce_ex__"}))
