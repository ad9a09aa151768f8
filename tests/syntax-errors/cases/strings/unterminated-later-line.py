a = 1
b = 2
c = "x
d = 4
