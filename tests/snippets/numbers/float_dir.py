def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

print(sorted(n for n in dir(float) if not n.startswith("__reduce")))
print(sorted(n for n in vars(float) if not n.startswith("__reduce") and n not in ("__doc__", "__sizeof__", "__getattribute__")))
print(sorted(n for n in dir(complex) if not n.startswith("__reduce")))
print(sorted(n for n in vars(complex) if not n.startswith("__reduce") and n not in ("__doc__", "__sizeof__", "__getattribute__")))
