# Every integer presentation type, positive, negative and zero.
for v in (0, 7, -7, 42, 255, -255, 1000000):
    print(f"{v:b}|{v:d}|{v:o}|{v:x}|{v:X}|{v:n}|{v}")
print(f"{65:c}{97:c}{0x263A:c}")
