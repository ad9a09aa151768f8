# assigning a non-iterable to a slice, uncaught
l = [0, 1, 2, 3, 4, 5]
l[2:5] = 100
