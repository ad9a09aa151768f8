class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        print("hash", self.name)
        return hash(self.name.lower())
    def __eq__(self, other):
        print("eq", self.name, other.name)
        return self.name.lower() == other.name.lower()
    def __repr__(self):
        return "Key(%r)" % self.name

d = {}
d[Key("A")] = 1
d[Key("a")] = 2
print(d)
print(Key("A") in d)
s = {Key("x"), Key("y")}
print(len(s))

class ConstantHash:
    def __hash__(self):
        return 1
print(len({ConstantHash(), ConstantHash()}))
class BadHash:
    def __hash__(self):
        return "no"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
print(hash(-1) == hash(-2), hash(10 ** 30) == hash(10 ** 30))
