class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        print("iter called")
        return self

    def __next__(self):
        if self.n <= 0:
            print("raising StopIteration")
            raise StopIteration
        self.n -= 1
        return self.n + 1

for x in Countdown(3):
    print("got", x)
else:
    print("loop else")

it = Countdown(2)
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration caught")

class NotIterator:
    def __iter__(self):
        return 42

try:
    for _ in NotIterator():
        pass
except TypeError as e:
    print("TypeError:", e)
