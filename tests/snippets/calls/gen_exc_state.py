# The exception state a running generator sees (sys.exc_info, __context__ of what it raises), for generators with
# and without exception handlers of their own, while their caller handles an exception; throw() and close() into
# generators without handlers.
import sys

def plain(n):
    for i in range(n):
        yield i, sys.exc_info()[0]

def raises_inside():
    yield 1
    raise KeyError("inside")

def calls_handler():
    def helper():
        try:
            raise IndexError("helper")
        except IndexError:
            return sys.exc_info()[0]
    yield helper(), sys.exc_info()[0]
    yield helper(), sys.exc_info()[0]

def handles():
    try:
        raise OSError("mine")
    except OSError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]

total = 0
for k in range(2000):
    total += sum(i for i, _ in plain(5))
print(total)

print(list(plain(2)))
try:
    raise ValueError("outer")
except ValueError:
    print(list(plain(2)))
    print(list(calls_handler()), sys.exc_info()[0])
    g = raises_inside()
    next(g)
    try:
        next(g)
    except KeyError as e:
        print("KeyError", e, repr(e.__context__))
    h = handles()
    print(next(h), sys.exc_info()[0])
print(next(h), sys.exc_info()[0])
print(next(h), sys.exc_info()[0])
print(list(calls_handler()), sys.exc_info()[0])

g = plain(3)
next(g)
try:
    g.throw(TypeError("thrown"))
except TypeError as e:
    print("TypeError", e, e.__context__)
print(g.gi_frame, list(g))
g = plain(3)
next(g)
g.close()
print(list(g))
try:
    raise ValueError("outer")
except ValueError:
    g = plain(3)
    next(g)
    try:
        g.throw(TypeError("thrown2"))
    except TypeError as e:
        print("TypeError", e, repr(e.__context__))
    print(sys.exc_info()[0])

def inner_gen():
    yield sys.exc_info()[0]
    try:
        raise LookupError("in inner")
    except LookupError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]

def outer_gen():
    for v in inner_gen():
        yield v, sys.exc_info()[0]

try:
    raise ArithmeticError("a")
except ArithmeticError:
    print(list(outer_gen()))
print(list(outer_gen()))

def stop():
    yield 1
    raise StopIteration("x")
try:
    list(stop())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
