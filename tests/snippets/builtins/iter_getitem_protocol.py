# iter() falls back to __getitem__ with 0, 1, ... until IndexError
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), type(iter(Seq())).__name__, 20 in Seq(), list(reversed([1, 2])))
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
