class A:
    def hi(self): return "A"
    def __repr__(self): return "A-repr"
class B:
    def hi(self): return "B"
    def __len__(self): return 3
class C(A): pass
c = C()
print(c.hi(), repr(c))
C.__bases__ = (B,)
print(c.hi(), len(c), repr(c).startswith("<__main__.C object"), C.__mro__, A.__subclasses__(), B.__subclasses__())
class D(C): pass
C.__bases__ = (A,)
print(D.__mro__, D().hi())
try: C.__bases__ = [A]
except TypeError as e: print(e)
try: C.__bases__ = (1,)
except TypeError as e: print(e)
try: int.__bases__ = (object,)
except TypeError as e: print(e)
class X: pass
class Y: pass
class Z(X, Y): pass
try: Z.__bases__ = (Y, X, Y)
except TypeError as e: print(e)
try: X.__bases__ = (Z,)
except TypeError as e: print(e)
