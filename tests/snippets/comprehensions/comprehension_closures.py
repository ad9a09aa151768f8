# lambdas created in a comprehension close over one shared variable per comprehension
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
fs = [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in fs])

def make_adders():
    return {n: (lambda x: x + n) for n in (1, 10)}
adders = make_adders()
print(adders[1](5), adders[10](5))

def uses_enclosing():
    factor = 3
    return [factor * k for k in range(3)]
print(uses_enclosing())
print(uses_enclosing.__code__.co_cellvars)
