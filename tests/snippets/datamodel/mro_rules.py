class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()], type(Z.mro()).__name__)

for src in ["class X(A, A): pass", "class X(O, A): pass", "class X(K1, K3, K2, A, D): pass", "class X(A, B, O, C): pass"]:
    try:
        exec(src)
        print("ok", src)
    except TypeError as e:
        print("TypeError:", e)

class Left: pass
class Right: pass
class P(Left, Right): pass
class Q(Right, Left): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
print(P.__bases__, P.__base__, Left.__subclasses__())
print(object.__bases__, object.__base__, object.__mro__, type.__mro__)
try:
    class Bad(5): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(len): pass
except TypeError as e:
    print("TypeError:", e)
