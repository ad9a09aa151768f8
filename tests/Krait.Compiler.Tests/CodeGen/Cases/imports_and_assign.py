import a
import a.b.c
import a.b.c as d
from a import b
from a import b as c, d
from . import x
from ..m import *
x = y = z = 1
a, b = b, a
a, b, c = c, b, a
[a, *b] = c
x.y += 1
x[0] += 1
x[a:b] = c
del x.y, x[0], x
x: int
y: int = 1
z.a: int = 2
(w): int = 3
if (n := len(a)) > 10:
    pass
