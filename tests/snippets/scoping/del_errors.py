# del errors: unbound names, immutable containers, bad indices
def f():
    v = 1
    del v
    del v
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
for target, src in [((1, 2), "del t[0]"), ("str", "del t[0]"), ([1], "del t[5]"), ([1], "del t['a']"), (range(3), "del t[0]")]:
    try:
        exec(src, {"t": target})
    except (TypeError, IndexError) as e:
        print(f"{type(target).__name__}: {type(e).__name__}: {e}")
class Slots:
    __slots__ = ("a",)
s = Slots()
try:
    del s.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s.b
except AttributeError as e:
    print("AttributeError:", e)
