import array, os, collections.abc

class A(array.array):
    def __new__(cls, *args, label="?"):
        self = super().__new__(cls, *args)
        self.label = label
        return self
    def total(self):
        return sum(self)

x = A("i", [1, 2, 3], label="nums")
print(type(x).__name__, x, x.label, x.total(), repr(x[:2]), type(x[:2]).__name__, type(x + x).__name__)
print(isinstance(x, collections.abc.MutableSequence), issubclass(array.array, collections.abc.Sequence))
match array.array("b", [1, 2]):
    case [p, q]:
        print("matched", p, q)

fn = "subclass_and_files.tmp"
try:
    with open(fn, "wb") as f:
        array.array("h", range(5)).tofile(f)
    b = array.array("h")
    with open(fn, "rb") as f:
        b.fromfile(f, 3)
        print(b)
        try:
            b.fromfile(f, 5)
        except EOFError as e:
            print("EOFError", e, b)
    try:
        b.fromfile(open(fn, "rb"), -1)
    except ValueError as e:
        print("ValueError", e)
finally:
    os.remove(fn)
