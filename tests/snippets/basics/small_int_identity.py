x = 30
y = 30
print(x is y)
a = 257
b = int("257")
print(a is b, a == b)
print(-5 is int("-5"))
print(0 is int("0"))
