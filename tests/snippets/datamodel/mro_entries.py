class Alias:
    def __init__(self, real):
        self.real = real
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases), [type(b).__name__ for b in bases])
        return (self.real,)

class Base:
    def hello(self):
        return "hello from Base"

class Child(Alias(Base)):
    pass
print(Child().hello(), Child.__bases__, [type(b).__name__ for b in Child.__orig_bases__])

class Two(Alias(Base), Alias(dict)):
    pass
print([b.__name__ for b in Two.__bases__])

class Nothing:
    def __mro_entries__(self, bases):
        return ()
class Plain(Nothing()):
    pass
print(Plain.__bases__)

class BadEntries:
    def __mro_entries__(self, bases):
        return [Base]
try:
    class X(BadEntries()):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    type("Y", (Alias(Base),), {})
except TypeError as e:
    print("TypeError:", e)
try:
    class Z(object()):
        pass
except TypeError as e:
    print("TypeError:", e)
