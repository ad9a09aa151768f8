# type.mro() returns a new list of its own: it takes any object, and changing it changes nothing else.
class A: pass
class B(A): pass
m = B.mro()
m.append(5)
m[0] = "x"
print(m[1:], B.__mro__ == (B, A, object), B.mro() == [B, A, object])
print(list(B.__mro__) + [1], B.__bases__)
