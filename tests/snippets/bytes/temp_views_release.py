ba = bytearray(b'abc')
m = memoryview(ba)
del m
ba.append(1)
print(ba)
def f(b):
    return memoryview(b)[1:].tobytes()
print(f(ba))
ba.append(2)
x = memoryview(ba)[0]
ba.extend(b'zz')
print(ba, x)
for i in range(3):
    v = memoryview(ba)
    v = None
    ba.append(i)
print(ba)
