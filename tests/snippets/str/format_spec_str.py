def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for spec in ["", "5", "<5", ">5", "^5", "*^6", "😀>4", ".1", "5.2", "<0", "s", "10s", "^10.3s", "=5", "+5", " 5", "05", "#5", ",", "_", "x", "d", "c", "%"]:
    t(lambda: format("abc", spec))
t(lambda: format("😀é", "^6"))
t(lambda: "abc".__format__(1))
t(lambda: "abc".__format__())
class S(str):
    pass
t(lambda: type(format(S("a"), "")).__name__)
t(lambda: type(format(S("a"), "3")).__name__)
