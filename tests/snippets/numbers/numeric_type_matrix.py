def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

vals = [True, 3, 2.5, 1 + 2j]
ops = ["+", "-", "*", "/", "//", "%", "**"]
for a in vals:
    for b in vals:
        row = []
        for op in ops:
            try:
                r = eval("a %s b" % op)
                row.append(type(r).__name__ + ":" + repr(r))
            except Exception as e:
                row.append(type(e).__name__)
        print(repr(a), repr(b), " ".join(row))
