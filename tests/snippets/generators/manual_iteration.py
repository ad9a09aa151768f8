# driving a generator by hand, the way a for loop does
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

it = countdown(3)
print(iter(it) is it)
while True:
    try:
        value = it.__next__()
    except StopIteration as stop:
        print("finished with", stop.value)
        break
    print("value", value)

# a generator as __iter__ makes a re-iterable container
class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * i

sq = Squares(4)
print(list(sq), list(sq), 9 in sq, 5 in sq)
a, b, *rest = sq
print(a, b, rest)
