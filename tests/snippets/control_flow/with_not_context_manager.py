class OnlyEnter:
    def __enter__(self):
        return self

try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)

class OnlyExit:
    def __exit__(self, *a):
        pass

try:
    with OnlyExit():
        pass
except TypeError as e:
    print("TypeError:", e)

with open:
    pass
