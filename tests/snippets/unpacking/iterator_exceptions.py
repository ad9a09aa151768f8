# exceptions raised by the iterable while being unpacked propagate unchanged
def gen():
    yield 1
    raise KeyError("from generator")

try:
    a, b = gen()
except KeyError as e:
    print("KeyError:", e)

class Weird:
    def __iter__(self):
        raise RuntimeError("no iteration for you")
try:
    x, *y = Weird()
except RuntimeError as e:
    print("RuntimeError:", e)

class Counting:
    def __init__(self):
        self.pulled = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.pulled += 1
        return self.pulled
c = Counting()
try:
    p, q = c
except ValueError as e:
    print("ValueError:", e, "| pulled", c.pulled)
