def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for s in ["1", "1j", "-1j", "j", "-j", "+j", "J", "1+j", "1-j", "1+2j", "1-2J", "(1+2j)", " ( 1+2j ) ", "  3.5  ",
          "1e3+1e-3j", "1E3J", "inf", "infj", "-infj", "nan+nanj", "inf-infj", "-1.5e+3-2.5e-3j", "1_0+2_0j",
          "\u0661+\u0662j", "\u00a01+1j\u2003", "(j)", ".5j", "5.j", "-.5-.5j", "1e5j", "0x1j", "1+", "1+2",
          "1j+2", "(1+2j", "1+2j)", "()", "", " ", "j1", "1 + 2j", "1+2jj", "1e+j", "1ej", "1__0j", "_1j", "1_j",
          "1+_2j", "(", "+", "1..5", "nanj", "infinityj", "1+infinityJ", "--1", "1\x00", "1+2j\x00"]:
    t(repr(s), lambda: complex(s))
