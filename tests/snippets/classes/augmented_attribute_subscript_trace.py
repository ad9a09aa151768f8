class Traced:
    def __init__(self):
        object.__setattr__(self, "data", {"k": 1})

    def __getattr__(self, name):
        print("getattr", name)
        return 0

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)

    def __getitem__(self, key):
        print("getitem", key)
        return self.data[key]

    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.data[key] = value

t = Traced()
t.count += 5
t.count += 1
t["k"] += 10
t["k"] *= 2
print(t.data, t.count)
