# struct sequences are immutable and sys.version_info's type cannot be instantiated
import sys
v = sys.version_info
for call in [lambda: setattr(v, "major", 4), lambda: type(v)(), lambda: v.__setitem__(0, 1)]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
a, b, *rest = v
print(a, b, rest)
