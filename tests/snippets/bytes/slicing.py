b = b'0123456789'
print(b[2:5], b[:3], b[7:], b[::2], b[::-1], b[-3:], b[-3:-1], b[5:2], b[5:2:-1], b[1:9:3], b[100:], b[:-100])
print(b[::-3], b[8:1:-2], b[slice(None, None, 4)], b[2:2], b[-100:100], b[::100])
ba = bytearray(b)
print(ba[2:5], ba[::-1], ba[1:9:3], ba[5:2], type(ba[:]).__name__, ba[:] == ba, ba[:] is ba)
print(b[:] is b, b[0:10] is b, type(b[1:2]))
class I:
    def __index__(self):
        return 2
print(b[I():I() + 3], b[::I()])
try:
    b[::0]
except ValueError as e:
    print(e)
try:
    b['a':]
except TypeError as e:
    print(e)
