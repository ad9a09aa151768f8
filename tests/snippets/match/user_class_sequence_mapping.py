# user classes match sequence/mapping patterns through their ABC registration only
class Seq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return [10, 20][i]

class Map:
    def keys(self):
        return ["a"]
    def __getitem__(self, k):
        return 1
    def get(self, k, default=None):
        return 1 if k == "a" else default

for obj in [Seq(), Map()]:
    match obj:
        case [a, b]:
            print(type(obj).__name__, "matched sequence", a, b)
        case {"a": a}:
            print(type(obj).__name__, "matched mapping", a)
        case _:
            print(type(obj).__name__, "matched nothing")

class RealList(list):
    pass
class RealDict(dict):
    pass
match RealList([1, 2]):
    case [x, y]:
        print("list subclass:", x, y)
match RealDict(a=5):
    case {"a": v}:
        print("dict subclass:", v)
