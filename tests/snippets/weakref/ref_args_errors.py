# Argument errors of ref() and calling a ref.
from _weakref import ref, ReferenceType


class C:
    pass


c = C()
r = ref(c)
tests = [
    lambda: ref(),
    lambda: ref(c, None, 1),
    lambda: ref(c, callback=None),
    lambda: r(1),
    lambda: r(x=1),
    lambda: ReferenceType.__init__(r),
    lambda: ReferenceType.__init__(r, c, None, 1),
    lambda: ReferenceType.__new__(ReferenceType),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
print(ReferenceType.__init__(r, c), ReferenceType.__init__(r, c, None))
