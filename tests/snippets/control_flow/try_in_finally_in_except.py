def f():
    out = []
    try:
        out.append("try")
        raise KeyError("a")
    except KeyError:
        out.append("except")
        try:
            out.append("inner try")
            raise ValueError("b")
        except ValueError:
            out.append("inner except")
        finally:
            out.append("inner finally")
        out.append("after inner")
    finally:
        try:
            out.append("finally try")
        finally:
            out.append("finally finally")
    return out

print(f())

def g():
    try:
        return "try"
    finally:
        try:
            raise RuntimeError("inside finally")
        except RuntimeError:
            print("handled inside finally; the return value survives")

print(g())
