def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"), "-".join([]), "-".join(["only"]))
print(", ".join(str(i) for i in range(5)), "😀".join(["a", "b"]), "x".join({"k": 1}))
print(" ".join(iter(["p", "q"])), "+".join(map(str, [1, 2, 3])))
t(lambda: ",".join(1))
t(lambda: ",".join([1]))
t(lambda: ",".join(["a", 2]))
t(lambda: ",".join(["a", b"b"]))
t(lambda: ",".join(("a", None)))
t(lambda: ",".join())
t(lambda: ",".join(["a"], ["b"]))
t(lambda: ",".join(iterable=["a"]))
t(lambda: ",".join(x for x in ["a", 3]))
class S(str): pass
r = ",".join([S("only")])
print(type(r).__name__, r)
