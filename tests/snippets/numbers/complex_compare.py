def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

print(1 + 0j == 1, 1 == 1 + 0j, 1j == 1, 1.5 + 0j == 1.5, 1.5 == 1.5 + 0j, 1j != 1j, 1j == 1j, (1 + 2j) != (1 + 2j))
print(complex(2**53 + 1, 0) == 2**53 + 1, 2**53 + 1 == complex(2**53 + 1, 0), complex(1e300) == 10**300, True == 1 + 0j)
print(1j == "1j", 1j != None, (1j).__eq__(1j), (1j).__ne__(2), (1j).__eq__("x"), (1j).__lt__(2j), 0j == 0, -0j == 0.0)
for op in ("<", "<=", ">", ">="):
    for a, b in [(1j, 2j), (1j, 1), (1, 1j), (1.5, 1j), (1j, None)]:
        t((a, op, b), lambda: eval("a %s b" % op))
t("sort", lambda: sorted([1j, 2j]))
t("max", lambda: max(1j, 2))
print([1j, 2] == [1j, 2], (1j,) < (2j,) if False else "-", 1j in [1j], 1j in {1j: 0}, {1 + 0j: "a", 1: "b"})
