def key(x):
    return 10 // x

data = [5, 2, 1]
print(sorted(data, key=key))
data.append(0)
try:
    data.sort(key=key)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(data)
print(sorted(data + [None]))
