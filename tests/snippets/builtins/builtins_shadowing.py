# builtins can be shadowed by globals and restored with del
import builtins
print(len("abc"))
def len(x):
    return "shadowed"
print(len("abc"))
del len
print(len("abc"), builtins.len is len)
builtins.custom_name = "from builtins"
print(custom_name)
