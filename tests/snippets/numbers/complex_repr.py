def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

inf, nan = float("inf"), float("nan")
vals = [0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), 1j, -1j, 1 + 2j, 1 - 2j, -1.5 + 0j,
        complex(1e16, 0), 1e16j, 1e-5j, complex(1e22, 1e-22), complex(nan, inf), complex(inf, nan), complex(-inf, -inf),
        complex(nan, -nan), complex(0.1, 0.2), 3.0 + 0j, complex(2.0, 1e300), complex(123456789012345678, 1), 1e300 * 1e10j]
for z in vals:
    print(repr(z), str(z), z.real, z.imag, z.conjugate())
print([complex(k, -k) for k in range(-2, 3)])
print(f"{1+2j}", "%s %r" % (3j, 4 - 5j), str([0.5j]))
