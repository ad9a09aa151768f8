# divmod() on ints and floats, signs, and errors
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(10**20, 7))
class D:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
print(divmod(D(), 1), divmod(1, D()))
for args in [(1, 0), (1.0, 0), (1, "a"), (1,)]:
    try:
        divmod(*args)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
