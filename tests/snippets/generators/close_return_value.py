# close() when the generator returns after GeneratorExit; other exceptions escape close()
def gen():
    try:
        yield 1
    except GeneratorExit:
        return "ignored return value"

g = gen()
next(g)
print(g.close())

def bad():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")

b = bad()
next(b)
try:
    b.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)
