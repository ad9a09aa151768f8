__hidden = "module global"

class C:
    __attr = "class attr"

    def __init__(self):
        self.__inst = 1

    def uses(self, __param="arg"):
        __local = "local"
        def inner():
            return __local
        return __param, __local, inner()

    def names(self):
        return sorted(self.uses.__code__.co_varnames), self.uses.__code__.co_cellvars

    def keyword(self, **kw):
        return kw

    def call_kw(self):
        return self.keyword(__k=1)

    def attr_names(self):
        return [n for n in dir(self) if n.startswith("_C")]

    def lookup_global(self):
        try:
            return __hidden
        except NameError as e:
            return "NameError: " + str(e)

    def lookup_global_uncaught(self):
        return __hidden

c = C()
print(c.uses(), c.uses(_C__param="mangled keyword"))
print(c.names())
print(c.call_kw())
print(c.attr_names())
print(c.lookup_global())
_C__hidden = "mangled global"
print(c.lookup_global())
print(C.__init__.__code__.co_names, C.lookup_global.__code__.co_names)
del _C__hidden
c.lookup_global_uncaught()
