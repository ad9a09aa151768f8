# yield as an expression: bare, tuples, parenthesised in expressions, in arguments
def gen():
    a = yield
    print("a =", a)
    b = yield 1, 2
    print("b =", b)
    c = (yield "x") + (yield "y")
    print("c =", c)
    print("arg:", (yield "z"))
    return "end"

g = gen()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(g.send(10))
print(g.send(5))
try:
    g.send("Z")
except StopIteration as e:
    print("returned", e.value)
