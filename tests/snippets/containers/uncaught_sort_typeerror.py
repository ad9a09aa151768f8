# sorting incomparable items, uncaught
data = [3, "two", 1]
data.sort()
