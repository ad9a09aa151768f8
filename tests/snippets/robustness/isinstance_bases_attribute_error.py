# abstract_get_bases: an AttributeError from a __bases__ property means "no bases" (a TypeError follows);
# any other exception propagates. (test_isinstance test_mask_attribute_error)
class C:
    def getbases(self): raise AttributeError
    __bases__ = property(getbases)
class I(C):
    def getclass(self): return type(self)
    __class__ = property(getclass)
for f in (lambda: isinstance(I(), C()), lambda: issubclass(C(), C()), lambda: issubclass(int, C())):
    try: print(f())
    except TypeError as e: print("TypeError", e)
class D:
    @property
    def __bases__(self): raise RuntimeError("boom")
try: issubclass(D(), D())
except RuntimeError as e: print("RuntimeError", e)
