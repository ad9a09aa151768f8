# Local, Enclosing, Global, Builtin lookup order
len = lambda x: "global len shadows builtin"
def show():
    return len([1, 2])
print(show())
del len
print(show())

def outer():
    str = "enclosing str"
    def inner():
        return str
    return inner()
print(outer())
print(str(5))

import builtins
builtins.added_builtin = "visible everywhere"
print(added_builtin)
def in_func():
    return added_builtin
print(in_func())
del builtins.added_builtin
