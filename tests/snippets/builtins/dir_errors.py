# dir() argument errors and a __dir__ that returns a non-iterable
class Bad:
    def __dir__(self):
        return 5
for call in [lambda: dir(1, 2), lambda: dir(Bad())]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
