# unpacking something that is not iterable
for value in [5, None, 2.5]:
    try:
        a, b = value
    except TypeError as e:
        print("TypeError:", e)
try:
    a, *b = 3
except TypeError as e:
    print("TypeError:", e)
class NotIter:
    pass
try:
    x, y = NotIter()
except TypeError as e:
    print("TypeError:", e)
