class A:
    """Doc."""
    x = 1
    def m(self):
        return __class__

class B(A, metaclass=Meta, **kw):
    def __init__(self):
        super().__init__()
        self.__private = 1

@dataclass
class C:
    a: int
    b: str = "x"
    def meth(self):
        def inner():
            return self
        return inner

class D:
    y = 1
    def f(self):
        return y
    class E:
        pass
