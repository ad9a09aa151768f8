checks = [
    lambda: "abc"[5],
    lambda: "abc" + 1,
    lambda: 1 + "abc",
    lambda: "abc" * 2.0,
    lambda: "abc" * "2",
    lambda: "abc" - "a",
    lambda: "abc".index("z"),
    lambda: ord("ab"),
    lambda: chr(-1),
    lambda: int("12abc"),
    lambda: int(""),
    lambda: int("5", 1),
    lambda: "abc" < 3,
    lambda: -"abc",
    lambda: "{} {}".format(1),
    lambda: "%d" % "x",
    lambda: "%s %s" % (1,),
]
for c in checks:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = "immutable"
s[0] = "I"
