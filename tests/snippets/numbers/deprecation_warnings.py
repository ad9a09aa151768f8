# int()/float()/complex() conversions that CPython 3.11 still allows with a DeprecationWarning.
class WithTrunc:
    def __trunc__(self):
        return 9
class BadTrunc:
    def __trunc__(self):
        return "y"
class FSub(float): pass
class RetFSub:
    def __float__(self):
        return FSub(3.5)
class CSub(complex): pass
class RetCSub:
    def __complex__(self):
        return CSub(1, 1)
class ISub(int): pass
class RetISub:
    def __int__(self):
        return ISub(4)
    def __index__(self):
        return ISub(5)
print(int(WithTrunc()))
try:
    int(BadTrunc())
except TypeError as e:
    print(e)
print(float(RetFSub()), complex(RetCSub()), int(RetISub()), [0, 1, 2, 3, 4, 5, 6][RetISub()])
