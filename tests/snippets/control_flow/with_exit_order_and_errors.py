class CM:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name, self.fail_enter, self.fail_exit = name, fail_enter, fail_exit

    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.fail_exit:
            raise KeyError("exit failed: " + self.name)

try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        print("body")
except RuntimeError as e:
    print("caught", e)

try:
    with CM("a"), CM("b", fail_exit=True):
        raise ValueError("body failed")
except Exception as e:
    print("caught", type(e).__name__, e, "context:", repr(e.__context__))

def returns_inside():
    with CM("r"):
        return "returned"

print(returns_inside())
for i in range(2):
    with CM("loop" + str(i)):
        if i == 0:
            continue
        break
