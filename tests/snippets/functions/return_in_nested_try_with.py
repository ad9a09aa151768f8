class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
    def __exit__(self, *a):
        print("exit", self.name, a[0].__name__ if a[0] else None)

def f(mode):
    with CM("outer"):
        try:
            with CM("inner"):
                if mode == "return":
                    return "returned"
                if mode == "raise":
                    raise KeyError(mode)
        except KeyError:
            return "handled"
        finally:
            print("finally", mode)
    return "fell through"

for mode in ["return", "raise", "none"]:
    print(f(mode))
