class Huge:
    def __len__(self):
        return 2 ** 63

class Neg:
    def __len__(self):
        return -1

class Index:
    def __index__(self):
        return 2 ** 100

for text, call in [("len(Huge())", lambda: len(Huge())), ("bool(Huge())", lambda: bool(Huge())),
                   ("len(Neg())", lambda: len(Neg())), ("[1][Index()]", lambda: [1][Index()]),
                   ("'ab' * Index()", lambda: "ab" * Index()), ("range(Index())", lambda: len(range(Index())))]:
    try:
        print(text, call())
    except (OverflowError, ValueError, IndexError) as e:
        print(text, "->", type(e).__name__, e)
