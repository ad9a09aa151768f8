# -*- coding: latin-1 -*-
# A source file in latin-1: the traceback shows its line decoded.
def f():
    café = "crème"
    return café + 1

f()
