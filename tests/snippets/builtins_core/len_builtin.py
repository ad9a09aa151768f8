# len() on builtins and user classes, and its errors
print(len("héllo"), len(b"bytes"), len([1, 2]), len((1,)), len({1: 2}), len({3}), len(range(0, 10, 3)))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
class Negative:
    def __len__(self):
        return -1
class NotInt:
    def __len__(self):
        return "3"
class Huge:
    def __len__(self):
        return 2 ** 100
class Boolish:
    def __len__(self):
        return True
print(len(Boolish()))
for obj in [Negative(), NotInt(), Huge(), 5, None, iter([])]:
    try:
        len(obj)
    except (TypeError, ValueError, OverflowError) as e:
        print(f"{type(e).__name__}: {e}")
