# dir() of a module namespace, an instance, a class, and an object with __dir__
class Base:
    a = 1
class C(Base):
    b = 2
    def m(self):
        pass
c = C()
c.inst = 3
names = dir(c)
print([n for n in names if not n.startswith("__")])
print([n for n in dir(C) if not n.startswith("__")])
class D:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(D()))
def f():
    x = 1
    y = 2
    return dir()
print(f())
