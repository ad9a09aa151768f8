values = [True, 3, 2.5, 1 + 1j]
for a in values:
    row = []
    for b in values:
        row.append(type(a + b).__name__)
    print(type(a).__name__.ljust(7), row)
print(3 / 1, type(3 / 1).__name__, 6 // 4.0, type(2 ** 2).__name__, type(2 ** -2).__name__)
print(1 + True, 1.0 * False, True / True, complex(True), -True)
print(10 == 10.0 == 10 + 0j, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-12)
print(int(2.9999999999999996), int(2.9999999999999999), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(divmod(7, 2.5), 7 % 2.5, round(7 / 2.5, 10), (-7) // 2.5)
print(max(1, 2.0), max(2.0, 2), min(1, True), sorted([3, 1.5, True, 2]))
