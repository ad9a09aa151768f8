def f():
    try:
        raise ValueError("original")
    finally:
        print("cleanup fails too")
        raise TypeError("from finally")

try:
    f()
except TypeError as e:
    print("caught", repr(e), "context", repr(e.__context__))

f()
