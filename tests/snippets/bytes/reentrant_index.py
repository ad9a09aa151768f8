ba = bytearray(b'abcdef')
class Evil:
    def __index__(self):
        ba.clear()
        return 1
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: ba.__setitem__(3, Evil()))
print(ba)
ba[:] = b'abcdef'
class It:
    def __iter__(self):
        ba.clear()
        return iter([1, 2])
ba[4:6] = It()
print(ba)
ba[:] = b'abcdef'
t(lambda: ba.find(b'c', Evil()))
ba[:] = b'abcdef'
t(lambda: ba.insert(Evil(), 65))
print(ba)
ba[:] = b'abcdef'
t(lambda: ba.pop(Evil()))
ba[:] = b'abcdef'
t(lambda: ba.center(Evil(), b'x'))
ba[:] = b'abcdef'
t(lambda: ba[Evil():5])
ba[:] = b'abcdef'
t(lambda: ba.replace(b'a', b'b', Evil()))
ba[:] = b'abcdef'
t(lambda: ba.split(b'c', Evil()))
ba[:] = b'abcdef'
t(lambda: ba.__delitem__(slice(Evil(), 4)))
print(ba)
