assert a < b, "m"
assert a < b
assert x
def f():
    assert a < b < c, g(
       x)
