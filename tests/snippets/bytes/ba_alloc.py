ba = bytearray()
sizes = [ba.__alloc__()]
for i in range(40):
    ba.append(i)
    sizes.append(ba.__alloc__())
print(sizes)
print(bytearray(b'ab').__alloc__(), bytearray(5).__alloc__(), bytearray([1, 2, 3]).__alloc__(), bytearray(range(20)).__alloc__())
ba = bytearray(b'x' * 100)
del ba[:60]
print(ba.__alloc__(), len(ba))
del ba[5:]
print(ba.__alloc__(), len(ba))
ba.extend(b'y' * 50)
print(ba.__alloc__(), len(ba))
ba.clear()
print(ba.__alloc__())
ba = bytearray(b'abc')
ba *= 10
print(ba.__alloc__(), len(ba))
ba = bytearray(b'0123456789')
for _ in range(8):
    ba.pop(0)
print(ba, ba.__alloc__())
print(bytearray(b'q').__sizeof__() > 0, b'q'.__sizeof__() < b'qqqq'.__sizeof__())
