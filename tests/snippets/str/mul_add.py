def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 5, "😀" * 3, "ab".__mul__(2), "ab".__rmul__(2))
t(lambda: "a" * "b")
t(lambda: "a" * 1.5)
t(lambda: 1.5 * "a")
t(lambda: "a" * (2**63))
t(lambda: "a" * (2**62))
t(lambda: "a".__mul__("x"))
t(lambda: "a" + 1)
t(lambda: 1 + "a")
t(lambda: "a" + None)
t(lambda: "a" + b"b")
print("a" + "b", "" + "", "😀" + "é")
class S(str): pass
print(type(S("a") * 1).__name__, type(S("a") + "").__name__)
