# Generators without exception handlers run on their caller's exception state; those with handlers keep their own.
import sys


def plain():
    # no try/with: no exception table
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]


def calls_helper():
    yield helper()
    yield sys.exc_info()[0]


def helper():
    try:
        raise KeyError("inner")
    except KeyError:
        return sys.exc_info()[0]


def handler_gen():
    try:
        raise ValueError("held")
    except ValueError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


g = plain()
print(next(g))
try:
    raise TypeError("outer")
except TypeError:
    print(next(g))
print(sys.exc_info())

g = calls_helper()
try:
    raise IndexError("outer")
except IndexError:
    print(next(g))
    print(next(g))
    print(sys.exc_info()[0])

h = handler_gen()
print(next(h))
try:
    raise TypeError("outer2")
except TypeError:
    print(next(h))
    print(sys.exc_info()[0])
print(next(h))
print(sys.exc_info())


# throw() into a generator without handlers, outside any except block
def no_handler():
    yield 1
    yield 2


g = no_handler()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print(type(e).__name__, repr(e.__context__))
print(g.gi_frame)


# a raise inside a generator without handlers chains to the caller's handled exception
def raiser():
    yield 1
    raise RuntimeError("from gen")


g = raiser()
next(g)
try:
    raise OSError("handled")
except OSError:
    try:
        next(g)
    except RuntimeError as e:
        print(repr(e), repr(e.__context__))

# generator expressions: same rules
try:
    raise LookupError("le")
except LookupError:
    print(list(sys.exc_info()[0] for _ in range(2)))
print(list(sys.exc_info()[0] for _ in range(2)))

# StopIteration raised inside a generator without handlers becomes RuntimeError
def stopper():
    yield 1
    raise StopIteration("x")


try:
    list(stopper())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
