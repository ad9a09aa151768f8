values = [0, 1, -1, 0.0, 0.1, 0j, 1j, "", " ", "0", [], [0], (), (None,), {}, {0: 0},
          set(), {0}, None, True, False, range(0), range(1), b"", b"\0"]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or [] or None, "a" and "b" and "c")
print(not 0, not "x", not not [], None or "default")
x = []
print(x or "empty", x and "never")
def noisy(v):
    print("eval", v)
    return v
print(noisy(0) and noisy(1))
print(noisy(1) or noisy(2))
print(noisy(1) and noisy(0) or noisy(3))
