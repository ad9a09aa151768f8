class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class Model:
    a = Field()
    b = Field()
print(Model.a.name, Model.b.name)
f = Field()
class Late:
    pass
Late.c = f
print(hasattr(f, "name"))
T = type("T", (), {"d": Field()})
print(T.d.name)
class NotCallable:
    __set_name__ = 5
try:
    class U:
        x = NotCallable()
except Exception as ex:
    print(type(ex).__name__, ex, type(ex.__cause__).__name__)
class Args:
    def __set_name__(self):
        pass
try:
    class V:
        y = Args()
except RuntimeError as ex:
    print("RuntimeError:", ex)
    print(type(ex.__cause__).__name__, ex.__cause__)
