import marshal
class B(bytes):
    pass
class I(int):
    pass
b = B(b"ab")
print(marshal.dumps(b), type(marshal.loads(marshal.dumps(b))).__name__)
i = I(5)
try:
    marshal.dumps(i)
except ValueError as e:
    print("ValueError", e)
t = (B(b"x"), 1)
print(marshal.dumps(t))
