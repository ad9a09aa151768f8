# reversed() over __len__/__getitem__ and custom __reversed__
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
class Shrinking(list):
    pass
s = Shrinking([1, 2, 3])
it = reversed(s)
print(next(it))
s.clear()
print(list(it))
