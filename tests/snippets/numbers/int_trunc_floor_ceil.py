def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for n in [0, 7, -7, True, 2**80]:
    print(n.__trunc__(), n.__floor__(), n.__ceil__(), n.__index__(), n.__int__(), n.__getnewargs__())
class I(int): pass
print(type(I(3).__trunc__()).__name__, type(I(3).__getnewargs__()[0]).__name__)
t("trunc arg", lambda: (1).__trunc__(1))
