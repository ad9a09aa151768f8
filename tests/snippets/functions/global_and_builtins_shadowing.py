print(len("abc"))
len = lambda x: "shadowed"
print(len("abc"))
del len
print(len("abc"))

def uses_list():
    return list(range(3))

list = tuple
print(uses_list())
del list
print(uses_list())

import builtins
builtins.custom_builtin = "visible everywhere"
print(custom_builtin)
def f():
    return custom_builtin
print(f())
del builtins.custom_builtin
try:
    f()
except NameError as e:
    print("NameError:", e)
