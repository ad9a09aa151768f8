# LOAD_GLOBAL is cached on the key sets of the globals and builtins dicts.
import builtins

def use_len():
    return len("abc")

def use_x():
    return x

x = 1
print(use_len(), use_x())
len = lambda s: "shadowed"
x = 2
print(use_len(), use_x())
del len
print(use_len())
builtins.len = lambda s: "builtins patched"
print(use_len())
del builtins.len
try:
    use_len()
except NameError as e:
    print("NameError:", e)
import sys
builtins.len = lambda s: 3
print(use_len())
for i in range(20):
    globals()[f"filler{i}"] = i   # resizes the globals dict
print(use_x(), use_len())
del x
try:
    use_x()
except NameError as e:
    print("NameError:", e)
x = "back"
print(use_x())
exec("print(use_x(), len('q'))", {"use_x": lambda: "other globals", "__builtins__": {"len": lambda s: 99, "print": print}})
g = {"__builtins__": {}}
try:
    exec("len('x')", g)
except NameError as e:
    print("NameError:", e)
