# an exception thrown into a generator is reported at the yield where it was paused
def worker():
    yield "ready"
    yield "never"

w = worker()
print(next(w))
w.throw(ValueError("thrown in"))
