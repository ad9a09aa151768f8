# enumerate can be subclassed
class Numbered(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return f"{i}:{v}"
print(list(Numbered("ab", 1)))
n = Numbered("x")
n.extra = "attr"
print(n.extra, isinstance(n, enumerate))
