# mangling applies to every identifier in the class body: names, keywords, imports, globals
__hidden_global = "global named _Box__hidden_global"
globals()["_Box__other"] = "global found through mangling"

class Box:
    def uses_global(self):
        return __other
    def keyword_call(self):
        def f(**kw):
            return sorted(kw)
        return f(__key=1)
    def import_mangled(self):
        import sys as __s
        return sorted(k for k in locals() if "s" in k)
    def local_name(self):
        __local = 5
        return self.local_name.__code__.co_varnames
    def string_not_mangled(self):
        return getattr(self, "__attr", "strings are not mangled")

b = Box()
print(b.uses_global())
print(b.keyword_call())
print(b.import_mangled())
print(b.local_name())
print(b.string_not_mangled())
