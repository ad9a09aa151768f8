# a generator cannot be resumed from inside itself
def gen():
    try:
        next(g)
    except ValueError as e:
        print("next:", e)
    try:
        g.send(None)
    except ValueError as e:
        print("send:", e)
    try:
        g.throw(KeyError)
    except ValueError as e:
        print("throw:", e)
    try:
        g.close()
    except ValueError as e:
        print("close:", e)
    yield "ok"

g = gen()
print(next(g))
