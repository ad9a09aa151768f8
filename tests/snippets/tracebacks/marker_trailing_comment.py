# A comment or trailing spaces after the expression keep the markers.
def f():
    raise KeyError("k")  # the comment keeps the carets

def g():
    f()     

g()
