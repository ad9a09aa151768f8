# e/f/d round trips (half-even rounding, overflow, subnormals, NaN/inf) under native and standard orders.
import struct, math

vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 65504.0, 65519.99, 65520.0, 5.960464477539063e-08, 2.9802322387695312e-08,
        2.98023223876953125e-08 * 1.0000001, 6.1e-05, 1e-10, 3.4028234663852886e+38, 3.4028235677973366e+38, 1e300,
        1e-45, 1.401298464324817e-45, 7e-46, math.inf, -math.inf, math.nan, 2049.0, 2051.0, 1.00048828125, 1.000732421875]
for code in 'efd':
    for order in '@<>':
        out = []
        for v in vals:
            try:
                b = struct.pack(order + code, v)
                out.append(b.hex() + ':' + repr(struct.unpack(order + code, b)[0]))
            except Exception as e:
                out.append(f'{type(e).__name__}:{e}')
        print(order + code, ' '.join(out))
for raw in [b'\x7c\x00', b'\xfc\x00', b'\x7e\x00', b'\x7c\x01', b'\x00\x01', b'\x03\xff', b'\x7b\xff', b'\x80\x00']:
    print(raw.hex(), struct.unpack('>e', raw), struct.unpack('<e', raw))
for bad in ["struct.pack('f', 'x')", "struct.pack('d', 10**400)", "struct.pack('e', 10**300)", "struct.pack('<f', 1e300)",
            "struct.pack('f', 1e300)", "struct.pack('d', None)", "struct.pack('e', [1])"]:
    try:
        print(bad, eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
