# throw() is delegated to the subgenerator; unhandled ones come back out
def inner():
    while True:
        try:
            yield "inner"
        except KeyError as e:
            print("inner handled", e)
            return "inner done"

def outer():
    try:
        r = yield from inner()
        print("r =", r)
        yield "after"
    except ValueError as e:
        print("outer handled", e)
        yield "outer recovered"

g = outer()
print(next(g))
print(g.throw(KeyError("k1")))
g = outer()
print(next(g))
print(g.throw(ValueError("v1")))
