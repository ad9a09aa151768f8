def make_class(prefix):
    class Greeter:
        def greet(self, name):
            return prefix + name

        @classmethod
        def make(cls):
            return cls()

        def later(self):
            return lambda: prefix.upper()
    return Greeter

G = make_class("hello ")
print(G.make().greet("ann"), G().later()(), G.greet.__code__.co_freevars)
H = make_class("hi ")
print(H().greet("bo"), G is H, G.__qualname__)
