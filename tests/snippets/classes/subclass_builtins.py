class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), type(s + [5]).__name__, type(s[1:]).__name__)

class DefaultDict(dict):
    def __missing__(self, key):
        print("__missing__", key)
        value = self[key] = len(key)
        return value

d = DefaultDict(a=1)
print(d["a"], d["abc"], d, d.get("zz"), "zz" in d)

class Meters(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
    def __repr__(self):
        return f"Meters({int(self)})"
m = Meters(-5)
print(m, m + 1, type(m + 1).__name__, m == 5, isinstance(m, int), hash(m) == hash(5))

class Shout(str):
    def __str__(self):
        return self.upper() + "!"
sh = Shout("hey")
print(sh, repr(sh), sh + "x", type(sh + "x").__name__, len(sh), sh.title())

class MyError(Exception):
    pass
try:
    raise MyError("custom", 1)
except Exception as e:
    print(type(e).__name__, e.args, isinstance(e, Exception))
