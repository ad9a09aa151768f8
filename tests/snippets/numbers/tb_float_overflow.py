def to_float(n):
    return float(n)

print(to_float(10**300))
print(to_float(10**400))
