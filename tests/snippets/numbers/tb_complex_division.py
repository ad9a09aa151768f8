z = 1 + 1j
w = 0j
print(z * 2)
print(z / w)
