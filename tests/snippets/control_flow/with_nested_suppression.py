class Tag:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("<" + self.name + ">")
        return self

    def __exit__(self, t, v, tb):
        print("</" + self.name + ">", "with " + t.__name__ if t else "clean")
        return self.suppress

with Tag("outer", suppress=True):
    with Tag("middle"):
        with Tag("inner"):
            raise ValueError("deep")
        print("skipped")
    print("skipped too")
print("after outer")

with Tag("a", suppress=True) as a, Tag("b") as b:
    raise KeyError("multi")
print("multi-item with: the outer item suppressed")

def gen_value():
    with Tag("in function", suppress=True):
        return "returned"
    return "not reached"
print(gen_value())
