def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

def f(a, b):
    return a / b
try:
    f(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
x = 10.0
y = 400
print(int("12"), float("1.5"))
z = complex(1, 2) ** 2
print(z)
print(x ** y)
