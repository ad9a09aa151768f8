data = [b'b', b'', b'a\x00', b'a', b'\xff', bytes([0]), b'ab', b'B']
print(sorted(data))
print(sorted(data, reverse=True))
print(min(data), max(data), sorted(bytearray(x) for x in data)[:3])
print(sorted([bytearray(b'z'), b'a', bytearray(b'm')]))
print(sorted(data, key=len), sorted(data, key=lambda x: x[::-1]))
