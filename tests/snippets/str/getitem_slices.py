def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = "hello😀wörld"
print(len(s), s[0], s[5], s[-1], s[-6], s[6])
print(s[2:8], s[::2], s[::-1], s[5:6], s[-3:], s[:-3], s[100:], s[-100:3], s[8:2:-1], s[::3], s[1:None], s[None:None:-2])
print(s[slice(1, 9, 2)], s[True], s[False:True])
t(lambda: s[20])
t(lambda: s[-20])
t(lambda: s["x"])
t(lambda: s[1.5])
t(lambda: s[None])
t(lambda: s["a":])
t(lambda: s[1.5:])
t(lambda: s[::0])
t(lambda: s.__getitem__(2**100))
t(lambda: s[2**100:])
class I:
    def __index__(self): return 5
print(s[I()], s[I():])
