class Counter:
    def __init__(self):
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        print("enter depth", self.depth)
        return self.depth

    def __exit__(self, *exc):
        print("exit depth", self.depth)
        self.depth -= 1

c = Counter()
with c as d1:
    with c as d2:
        with c as d3:
            print("innermost", d1, d2, d3)
with c:
    pass
print("final depth", c.depth)

class NoneEnter:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return None
with NoneEnter() as got:
    print("as target is", got)
