def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

print((1).to_bytes())
print((1024).to_bytes(2))
print((1024).to_bytes(2, 'little'))
print((1024).to_bytes(4, byteorder='big'))
print((-1).to_bytes(2, 'little', signed=True))
print((-128).to_bytes(1, signed=True), (127).to_bytes(1, signed=True))
print((0).to_bytes(0), (0).to_bytes(0, signed=True))
print((2**64 - 1).to_bytes(8), (-2**63).to_bytes(8, signed=True))
print((12345678901234567890).to_bytes(10, 'little'))
print((1).to_bytes(length=3, byteorder='little'))
print(True.to_bytes(), (255).to_bytes(1))
