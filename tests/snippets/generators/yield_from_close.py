# close() is delegated: the subgenerator is closed first, then the delegator
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

g = outer()
print(next(g))
g.close()
print("closed")

class Iter:
    def __iter__(self):
        return self
    def __next__(self):
        return "x"
    def close(self):
        print("Iter.close called")

def deleg():
    yield from Iter()

d = deleg()
print(next(d))
d.close()
