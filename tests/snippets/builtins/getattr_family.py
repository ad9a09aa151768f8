# getattr, setattr, hasattr, delattr
class C:
    x = 1
c = C()
setattr(c, "y", 2)
print(getattr(c, "x"), getattr(c, "y"), getattr(c, "z", "default"), hasattr(c, "y"), hasattr(c, "z"))
delattr(c, "y")
print(hasattr(c, "y"), getattr(c, "y", None))
for call in [lambda: getattr(c, "z"), lambda: getattr(c, 1), lambda: setattr(c, 2, 3), lambda: delattr(c, "nope"),
             lambda: hasattr(c, None), lambda: getattr(c), lambda: setattr(c, "a")]:
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
