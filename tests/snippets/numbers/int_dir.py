def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

names = sorted(n for n in dir(int) if not n.startswith("__reduce"))
print(len(names))
print(names)
print(sorted(n for n in dir(bool) if not n.startswith("__reduce")) == names)
print(sorted(n for n in vars(int) if not n.startswith("__reduce") and n not in ("__doc__", "__sizeof__", "__getattribute__")))
