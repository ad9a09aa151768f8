# print(): sep and end, None meaning the default
print(1, 2, 3, sep=", ")
print("a", "b", sep="")
print("no newline", end="")
print(" <- continued")
print(1, 2, sep=None, end=None)
print()
print(sep="x")
print("x", "y", sep="\n")
