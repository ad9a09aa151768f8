def cleanup():
    raise OSError("cleanup failed")

try:
    try:
        raise ValueError("first")
    except ValueError:
        cleanup()
except OSError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise ValueError("first")
    finally:
        pass
except ValueError as e:
    print("no context:", e.__context__)

try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise KeyError("c")
except KeyError as c:
    print(repr(c.__context__), repr(c.__context__.__context__))

e = Exception("manual")
e.__context__ = ValueError("set by hand")
print(repr(e.__context__))
e.__cause__ = None
print(e.__suppress_context__)
