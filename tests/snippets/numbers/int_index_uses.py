def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

data = list(range(10))
print(data[True], data[-True], data[2**0], data[True:5], data[::True + True], "abc"[False])
print(data[-10**20:10**20], data[10**20:], "xyz" * True, [1] * False, (1, 2)[1:2**65])
class Idx:
    def __index__(self):
        return 3
print(data[Idx()], data[Idx():], range(Idx())[-1], hex(Idx()), bin(Idx()), "%x" % Idx() if False else "-", [0] * Idx())
t("float index", lambda: data[1.0])
t("big index", lambda: data[2**70])
t("neg big", lambda: data[-2**70])
t("str idx", lambda: data["1"])
t("complex idx", lambda: data[1j])
t("repeat big", lambda: [1] * 2**70)
