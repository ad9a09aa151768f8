def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

print(True, False, repr(True), str(False), int(True), float(False), complex(True))
print(True + True, True * 10, True / 2, True // 2, -True, +True, ~True, ~False, abs(False))
print(True & False, True | False, True ^ True, False ^ False, True & 5, 6 | False, type(True ^ 0).__name__)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(0j), bool(1j), bool(""), bool([0]), bool())
print(True == 1, False == 0, True is True, isinstance(True, int), issubclass(bool, int), True.real, True.imag)
print(hash(True), hash(False), True.__index__(), True.__round__(), round(True, 2), type(round(True, 2)).__name__)
print(f"{True} {True:d} {False:5} {True:>6} {True:x} {True:.2f}")
t("bool kw", lambda: bool(x=1))
t("bool 2 args", lambda: bool(1, 2))
t("subclass", lambda: type("B", (bool,), {}))
t("new", lambda: bool.__new__(bool, []))
t("new int", lambda: bool.__new__(int, 1))
print(type(bool.__and__).__name__, bool.__and__(True, 1), bool.__or__(False, False), bool.__xor__(True, False))
print(True.__and__(2), True.__rand__(True), True.conjugate(), type(True.conjugate()).__name__)
print(sorted(set(dir(bool)) - set(dir(int))))
