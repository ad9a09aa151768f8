# reversed() of non-sequences, __reversed__ = None, and argument errors
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
for call in [lambda: reversed({1, 2}), lambda: reversed(iter([1])), lambda: reversed(5), lambda: reversed(NoRev()),
             lambda: reversed(), lambda: reversed([], []), lambda: reversed(seq=[])]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
