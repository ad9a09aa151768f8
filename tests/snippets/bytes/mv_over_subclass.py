class BA(bytearray):
    pass
ba = BA(b'abcd')
m = memoryview(ba)
print(m.obj is ba, m.readonly, m[0], m.tolist())
m[0] = 90
print(ba)
try:
    ba.append(1)
except BufferError as e:
    print(e)
m.release()
ba.append(1)
print(ba)
class B(bytes):
    pass
mb = memoryview(B(b'xy'))
print(type(mb.obj).__name__, mb.readonly, mb.tobytes())
