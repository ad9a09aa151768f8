# globals(), locals() and vars()
g_value = "global"
print(globals()["g_value"], globals() is vars(), "__name__" in globals())
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
class C:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    def method(self):
        pass
print(C.names)
obj = C()
obj.inst = "i"
print(vars(obj))
print(sorted(k for k in vars(C) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(type(vars(C)).__name__)
globals()["made_dynamically"] = 99
print(made_dynamically)
