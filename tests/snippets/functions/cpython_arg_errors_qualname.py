# A Python function's argument errors name its __qualname__ as the function object has it (ceval.c uses
# func_qualname), so dataclasses' generated __init__ reports 'A.__init__()' (test_dataclasses).
def f(a, b, /, c, *, d): pass
f.__qualname__ = 'A.__init__'
for call in ['f()', 'f(1, 2)', 'f(1, 2, 3)', 'f(1, 2, 3, 4, d=5)', 'f(1, 2, 3, d=4, e=5)', 'f(1, 2, 3, c=3, d=4)', 'f(1, b=2, c=3, d=4)', 'f(1, 2, 3, **{1: 2})']:
    try:
        eval(call)
    except TypeError as e:
        print(e)
from dataclasses import dataclass
@dataclass
class A:
    x: int
    y: int
try:
    A()
except TypeError as e:
    print(e)
