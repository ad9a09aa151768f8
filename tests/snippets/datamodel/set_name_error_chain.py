class Field:
    def __set_name__(self, owner, name):
        raise KeyError(name)

try:
    class Model:
        ok = 1
        broken = Field()
except RuntimeError as e:
    print("RuntimeError:", e)
    print(type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__, e.__suppress_context__)

class Deep:
    def __set_name__(self, owner, name):
        raise ValueError("deep " + name)

class Outer:
    inner = Deep()
