# calcsize of every format char under every byte order, and of mixed formats with native alignment.
import struct

for order in ['', '@', '=', '<', '>', '!']:
    out = []
    for c in 'xcbB?hHiIlLqQnNefdspP':
        try:
            out.append(f'{c}{struct.calcsize(order + c)}')
        except struct.error as e:
            out.append(f'{c}!')
    print(repr(order), ' '.join(out))
for fmt in ['bi', 'ib', 'bq', 'bhb', 'b0i', 'b0q', 'c3sh', 'hP', '?d', 'e f d', '5p2x', '3s3c', '<bi', '=bq', '!hq',
            'xxxx', '10x', '0s', '0p', 'i 3h', '2i2q', '', '@', 'ld', 'bN', '3e']:
    print(repr(fmt), struct.calcsize(fmt), struct.Struct(fmt).size)
for bad in ['z', '3', '<n', '>P', '=N', '3 i', 'i\x00', '99999999999999999999i', '4611686018427387904i', 'ii3']:
    try:
        print(repr(bad), struct.calcsize(bad))
    except struct.error as e:
        print(repr(bad), 'error:', e)
