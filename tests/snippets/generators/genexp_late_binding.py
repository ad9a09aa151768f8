# inner expressions of a genexp see variables at the time they run
n = 1
g = (x + n for x in range(3))
n = 100
print(list(g))

# the first iterable was bound at creation
items = [1, 2]
g = (x for x in items)
items = [7, 8, 9]
print(list(g))

# nested loops in one genexp: the inner iterable is evaluated per item
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
filt = (a for a in range(10) if a % 2 if a > 3)
print(list(filt))
