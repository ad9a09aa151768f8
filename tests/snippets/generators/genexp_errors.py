# errors in a genexp surface when it is consumed, except the first iterable
try:
    g = (x for x in 5)
except TypeError as e:
    print("at creation:", e)

g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("at consumption:", e)
print(next(g, "finished after error"))

g = (y for x in [1] for y in x)
try:
    list(g)
except TypeError as e:
    print("inner iterable:", e)
