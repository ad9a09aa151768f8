class Empty:
    pass
for call in (lambda: Empty(1), lambda: Empty(x=1), lambda: object(1), lambda: object.__new__(Empty, 1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(1).a)
try:
    object.__new__(OnlyInit, 1)
    print("object.__new__ ignores extra args when __init__ is overridden")
except TypeError as e:
    print("TypeError:", e)

class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
try:
    object.__init__(OnlyNew(1), 1)
except TypeError as e:
    print("TypeError:", e)

class BadSuperNew:
    def __new__(cls, a):
        return super().__new__(cls, a)
try:
    BadSuperNew(1)
except TypeError as e:
    print("TypeError:", e)

class BadSuperInit:
    def __init__(self, a):
        super().__init__(a)
try:
    BadSuperInit(1)
except TypeError as e:
    print("TypeError:", e)

for args in [(), (1,), (int,), (list,), (Empty,)]:
    try:
        r = object.__new__(*args)
        print(type(r).__name__)
    except TypeError as e:
        print("TypeError:", e)
try:
    int.__new__(str)
except TypeError as e:
    print("TypeError:", e)
print(int.__new__(bool.__base__, 5), list.__new__(list), dict.__new__(dict))
try:
    object.__init__()
except TypeError as e:
    print("TypeError:", e)
