class C:
    pass
c = C()
c.abc = 1
try:
    del c.abd
except AttributeError as e:
    print(repr(e), e.name, e.obj)
class S:
    __slots__ = ("alpha",)
try:
    S().alpah = 1
except AttributeError as e:
    print(repr(e), e.name, e.obj)
try:
    object().x = 1
except AttributeError as e:
    print(repr(e), e.name, e.obj)
try:
    c.missing
except AttributeError as e:
    print(repr(e), e.name, e.obj is c)
try:
    C.missing
except AttributeError as e:
    print(repr(e), e.name, e.obj is C)
