# BaseException args as __new__ and __init__ set them: class calls, custom __new__/__init__, explicit
# __init__ calls, args reassigned in between, keyword errors; in a loop hot enough to be compiled.
class AppError(Exception):
    pass


class WithInit(AppError):
    def __init__(self, key):
        super().__init__("missing %r" % (key,))
        self.key = key


class WithNew(AppError):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.args = ("from new",) + args
        return self


class NoSuper(AppError):
    def __init__(self, a, b):
        self.pair = (a, b)


total = 0
for i in range(2500):
    e = AppError(i, "x")
    total += len(e.args) + e.args[0]
    w = WithInit(i)
    total += len(w.args[0]) + w.key
print(total, e.args, w.args, str(w), repr(e))

n = WithNew(1, 2)
print(n.args, str(n))
s = NoSuper(3, 4)
print(s.args, s.pair, repr(s))

e = ValueError(1, 2)
before = e.args
e.__init__(5)
print(before, e.args, e.args is before)
e.__init__()
print(e.args, repr(e))
e.args = [7, 8]
print(e.args, type(e.args).__name__)

x = Exception.__new__(Exception, "a", "b")
print(x.args)
Exception.__init__(x, "c")
print(x.args)
try:
    Exception(key=1)
except TypeError as err:
    print("TypeError", err)
try:
    KeyError("k", flag=True)
except TypeError as err:
    print("TypeError", err)
args = ("same",)
print(Exception(*args).args == args, StopIteration(3).value, SystemExit(2).code)
