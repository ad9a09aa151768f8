def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

z = 1.5 - 2.5j
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), type(z.conjugate()).__name__)
t("set real", lambda: setattr(z, "real", 1))
t("del imag", lambda: delattr(z, "imag"))
t("set other", lambda: setattr(z, "foo", 1))
t("conjugate arg", lambda: z.conjugate(1))
print(type(complex.real).__name__ in ("member_descriptor", "getset_descriptor"), complex.__name__, complex.__qualname__)
print(isinstance(1j, complex), isinstance(1, complex), issubclass(complex, object), complex.__mro__)
print(complex.__base__, type(1j) is complex, (2j).__class__)
class Sub(complex):
    pass
print(issubclass(Sub, complex), Sub(1).real, isinstance(Sub(1), complex), Sub.__mro__[1:])
