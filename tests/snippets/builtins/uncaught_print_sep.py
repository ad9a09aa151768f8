# a TypeError from print's sep argument
print("a", "b", sep=3)
