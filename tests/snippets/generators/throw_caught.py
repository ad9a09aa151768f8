# throw() raises inside the generator at the paused yield
def gen():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("caught", e)
            n += 100
        n += 1

g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
print(g.throw(ValueError, "second"))
print(g.throw(ValueError))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(g))
