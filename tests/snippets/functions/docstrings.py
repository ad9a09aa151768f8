def f():
    """First line.

    More text.
    """
    return 1

def g():
    x = 1
    "not a docstring"

def h():
    f"not a docstring {1}"

class C:
    "Class doc."
    def m(self):
        'method doc'

print(repr(f.__doc__))
print(g.__doc__, h.__doc__, C.__doc__, C.m.__doc__, C().m.__doc__)
print((lambda: 0).__doc__)
