base = 0j
print(base ** 2)
print(base ** -2)
