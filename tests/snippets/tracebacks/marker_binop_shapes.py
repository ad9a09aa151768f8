# ~~~^~~~ anchors for binary operators: one- and two-character operators, spacing, chains.
import sys

def show(f):
    try:
        f()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)

a, b, s, n = 1, 0, "x", None
show(lambda: a / b)
show(lambda: a // b)
show(lambda: a % b)
show(lambda: a    +    s)
show(lambda: a + a + s + a)
show(lambda: s ** a)
show(lambda: a<<s)
show(lambda: n @ n)
show(lambda: (a) - s)
show(lambda: (a + a) * (s - a))
x = [1, 2]
show(lambda: x - x)
