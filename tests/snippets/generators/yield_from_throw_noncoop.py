# throw into yield from a plain iterator without throw(): raised in the delegator
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration("it-done")
        return self.i

def deleg():
    try:
        res = yield from It()
        print("res", res)
    except ZeroDivisionError:
        print("delegator caught ZeroDivisionError")
        yield "handled"

g = deleg()
print(next(g), next(g))
print(g.throw(ZeroDivisionError))
print(list(deleg()))
