def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class A:
    def __str__(self): return "A!"
class B:
    def __str__(self): return 1
class C:
    def __repr__(self): return "C-repr"
class D(str):
    def __str__(self): return "D-str"
t(lambda: str(A()))
t(lambda: str(B()))
t(lambda: str(C()))
t(lambda: str(D("x")))
t(lambda: type(str(D("x"))).__name__)
t(lambda: str(None))
t(lambda: str(1.5))
t(lambda: str([1, "a"]))
t(lambda: str(str))
t(lambda: str("é"))
t(lambda: str(b"\xff"))
t(lambda: "%s" % A())
t(lambda: "{}".format(A()))
t(lambda: f"{A()}")
