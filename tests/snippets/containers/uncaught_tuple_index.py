# tuple.index of a missing value, uncaught
point = (1, 2, 3)
print(point.index(3))
point.index(7)
