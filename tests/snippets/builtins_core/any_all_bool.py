# any/all short-circuit; bool() and truthiness of user classes
log = []
def check(v):
    log.append(v)
    return v
print(any(check(v) for v in [0, 3, 5]), log)
log.clear()
print(all(check(v) for v in [1, 0, 5]), log)
print(any([]), all([]), any([[]]), all([[]]))
class Falsy:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
class BadBool:
    def __bool__(self):
        return 1
print(bool(Falsy()), bool(Empty()), bool(object()), any([Falsy(), Empty()]))
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)
