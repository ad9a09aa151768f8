# reversed() on sequences, ranges, dicts and classes with __reversed__ or __len__/__getitem__
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(0, 10, 4))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 100
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Custom())))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
for obj in [{1, 2}, iter([1]), 5]:
    try:
        reversed(obj)
    except TypeError as e:
        print("TypeError:", e)
