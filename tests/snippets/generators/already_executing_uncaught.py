# uncaught "generator already executing" and its traceback
def gen():
    yield next(g)

g = gen()
print("start")
next(g)
