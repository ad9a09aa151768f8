ab = 1
