import copyreg
class C:
    pass
c = C()
c.x = 1
r = c.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1] == (C,), r[2], r[3], r[4])
r = c.__reduce_ex__(4)
print(r[0].__name__, r[2])
r0 = c.__reduce_ex__(0)
print(r0[0] is copyreg._reconstructor, r0[1] == (C, object, None), r0[2])
print(c.__reduce_ex__(1)[1:] == r0[1:])
print(c.__reduce__()[0] is copyreg._reconstructor)
e = C()
print(len(e.__reduce_ex__(2)), e.__reduce_ex__(2)[2], len(e.__reduce_ex__(0)))
class S:
    __slots__ = ("a", "b")
s = S()
s.a = 1
print(s.__reduce_ex__(2)[2])
try:
    s.__reduce_ex__(0)
except TypeError as ex:
    print("TypeError:", ex)
class WithArgs:
    def __init__(self, v):
        self.v = v
    def __getnewargs__(self):
        return (self.v,)
w = WithArgs(5)
r = w.__reduce_ex__(2)
print(r[1][1:], r[2])
class WithEx:
    def __getnewargs_ex__(self):
        return ((1,), {"k": 2})
r = WithEx().__reduce_ex__(2)
print(r[0] is copyreg.__newobj_ex__, r[1][1:])
class BadEx:
    def __getnewargs_ex__(self):
        return [1]
class BadEx2:
    def __getnewargs_ex__(self):
        return ((1,), 2)
class BadArgs:
    def __getnewargs__(self):
        return [1]
for o in (BadEx(), BadEx2(), BadArgs()):
    try:
        o.__reduce_ex__(2)
    except TypeError as ex:
        print("TypeError:", ex)
class Custom:
    def __reduce__(self):
        return "custom"
print(Custom().__reduce_ex__(2), Custom().__reduce_ex__(0))
class State:
    def __getstate__(self):
        return {"st": 1}
print(State().__reduce_ex__(2)[2])
for bad in ((), ("x",)):
    try:
        object().__reduce_ex__(*bad)
    except TypeError as ex:
        print("TypeError:", ex)
try:
    object().__reduce__(1)
except TypeError as ex:
    print("TypeError:", ex)
class L(list):
    pass
l = L([1, 2])
l.tag = "t"
r = l.__reduce_ex__(2)
print(r[1][0] is L, r[2], list(r[3]), r[4])
class D(dict):
    pass
r = D(a=1).__reduce_ex__(2)
print(r[2], r[3], list(r[4]))
