# 3.11.2 has no "Did you mean: 'self.value'?" (that is 3.12): the closest local/global/builtin wins.
import sys

class A:
    def __init__(self):
        self.value = 1
        self.counter = 0
    def f(self):
        return value
    def g(self):
        return countr

for m in (A().f, A().g):
    try:
        m()
    except NameError as e:
        sys.excepthook(type(e), e, e.__traceback__)
