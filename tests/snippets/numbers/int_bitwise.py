def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

vals = [0, 1, -1, 6, -6, 255, -256, 2**64 + 5, -(2**64) - 5, 2**63 - 1, -2**63]
for a in vals:
    print(a, ~a, [a & b for b in vals[:6]], [a | b for b in vals[:6]], [a ^ b for b in vals[:6]])
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
t("float and", lambda: 1 & 1.0)
t("invert float", lambda: ~1.5)
