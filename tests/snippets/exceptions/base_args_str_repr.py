# BaseException.__str__/__repr__ for 0, 1 and n args, and args assignment
for args in [(), ("one",), (1,), ("a", 2), ((1, 2),), ([],), (None,)]:
    e = Exception(*args)
    print(repr(str(e)), repr(e), e.args)
e = ValueError("x")
e.args = [1, 2]
print(e.args, str(e), repr(e))
e.args = "ab"
print(e.args, repr(e))
try:
    del e.args
except TypeError as ex:
    print("TypeError:", ex)
try:
    e.args = 5
except TypeError as ex:
    print("TypeError:", ex)
class My(Exception):
    pass
print(repr(My()), repr(My(1)), repr(My(1, 2)), str(My("s")))
print(repr(BaseException()), repr(KeyboardInterrupt("k")), repr(GeneratorExit()))
try:
    ValueError(x=1)
except TypeError as ex:
    print("TypeError:", ex)
try:
    BaseException.__init__(ValueError(), y=2)
except TypeError as ex:
    print("TypeError:", ex)
e = Exception.__new__(Exception, 1, 2)
print(e.args)
e.__init__(3)
print(e.args)
