# str results built from parts (join, +, lower/upper, split pieces, slices) keep code-point semantics.
e = "😀"
print(len("-".join(["a", e, "b"])), len("".join([e, e])), len(e.join(["", "x"])), "".join([e, "a"])[1])
print(len("".join(["ab", e, "c"])), "".join(("ab", "", "c")), "".join(["ab", e, "c"])[2:])
print(repr("".join([])), repr(", ".join(("a",))), ", ".join(("a", "b")), "".join(["", ""]) == "")
print("".join(["a", "b"]) == "ab", ", ".join(x for x in "abc"), ", ".join(("x",)) is not None)
try:
    "".join(["a", 1])
except TypeError as e2:
    print(e2)
try:
    "".join(("a", b"b"))
except TypeError as e2:
    print(e2)
print(len("x" + "y"), len(e + "a"), (e + "a")[0] == e, ("a" + e)[1] == e, ("a" + e)[::-1])
print("ABC".lower(), "abc".upper(), "hello World".capitalize(), "Σ".lower(), "ßx".upper(), "aB".swapcase())
words = "Ka ri to mel".lower().split()
print(words, [w[::-1][:3] for w in words], [w[:2] + "|" + w[-2:] for w in words])
s = "x" * 300
t = s + e
print(len(t + "y"), len(t + e + "!"), (t + e)[-1] == e, ("é" * 3).upper(), "MëL".lower())
