"""Module doc."""
assert x, "m"
if __debug__:
    print("debug")
def f():
    """Function doc."""
    assert y
    return __debug__
class C:
    """Class doc."""
