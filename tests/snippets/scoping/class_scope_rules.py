# class bodies are not enclosing scopes for the functions defined in them
x = "global x"
class C:
    x = "class x"
    y = x + " (seen in class body)"
    def method(self):
        return x
    lam = lambda self: x
    def uses_class_attr(self):
        return C.x, self.x

c = C()
print(C.y)
print(c.method())
print(c.lam())
print(c.uses_class_attr())

def f():
    v = "function v"
    class D:
        w = v
        def m(self):
            return v
    v = "rebound after the class"
    return D.w, D().m()
print(f())
