# the traceback of a StopIteration turned into RuntimeError
def numbers():
    it = iter([1, 2])
    while True:
        yield next(it)

for n in numbers():
    print(n)
