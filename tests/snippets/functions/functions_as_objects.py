def add(a, b):
    return a + b

def sub(a, b):
    return a - b

ops = {"+": add, "-": sub, "*": lambda a, b: a * b}
for sym in ["+", "-", "*"]:
    print(sym, ops[sym](7, 3))
alias = add
print(alias is add, alias.__name__, alias == add, add != sub)
print(type(add).__name__, callable(add), isinstance(add, object))
funcs = [add, sub]
funcs.sort(key=lambda f: f.__name__, reverse=True)
print([f.__name__ for f in funcs])
def returns_function():
    def inner():
        return "inner called"
    return inner
print(returns_function()(), returns_function() is returns_function())
print(hash(add) == hash(add), {add: "as dict key"}[add])
