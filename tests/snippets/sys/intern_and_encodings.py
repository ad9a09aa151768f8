# sys.intern and the encoding functions
import sys
a = sys.intern("".join(["kr", "ait"]))
b = sys.intern("krait")
print(a is b, a == "krait", sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
class S(str):
    pass
for call in [lambda: sys.intern(1), lambda: sys.intern(S("x")), lambda: sys.intern("a", "b"), lambda: sys.getdefaultencoding(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
