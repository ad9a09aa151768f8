# chr(ord(c)) round-trips over samples of every plane
samples = [0, 9, 65, 127, 128, 255, 256, 0x7FF, 0x800, 0xFFFD, 0x10000, 0x1F600, 0x10FFFF]
print(all(ord(chr(i)) == i for i in samples), [len(chr(i)) for i in samples[:3]])
print(sum(ord(c) for c in "Krait"), "".join(chr(ord(c) + 1) for c in "HAL"))
