class Named:
    def __init__(self, tag):
        self.tag = tag
    def __set_name__(self, owner, name):
        print("set_name", self.tag, owner.__name__, name)
        self.name = name

class Host:
    first = Named(1)
    second = Named(2)
    alias = first
    def method(self):
        pass

print(Host.first.name, Host.second.name)
Host.late = Named(3)
print(hasattr(Host.late, "name"))
Host.late.__set_name__(Host, "late")

class NotCallable:
    __set_name__ = None
try:
    class Bad:
        x = NotCallable()
except Exception as e:
    print(type(e).__name__ + ":", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)

class OnInstanceOnly:
    pass
o = OnInstanceOnly()
o.__set_name__ = lambda owner, name: print("never called")
class Holder:
    attr = o
print("done")

T = type("T", (), {"d": Named(4)})
print(T.d.name)
