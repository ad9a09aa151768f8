# extended-slice assignment of the wrong size, uncaught
grid = list(range(10))
grid[::2] = [0] * 4
