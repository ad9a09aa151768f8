class Guarded:
    def __init__(self):
        self.history = []
        self.value = 0

    def __setattr__(self, name, value):
        if name != "history":
            self.history.append((name, value))
        if name == "frozen":
            raise AttributeError("cannot set frozen")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("deleting", name)
        if name == "history":
            raise AttributeError("history is permanent")
        object.__delattr__(self, name)

g = Guarded()
g.value = 5
g.other = "x"
print(g.value, g.other, g.history)
del g.other
print(hasattr(g, "other"))
for action in [lambda: setattr(g, "frozen", 1), lambda: delattr(g, "history"), lambda: delattr(g, "nope")]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
g.__dict__["direct"] = 1
print(g.direct, g.history)
