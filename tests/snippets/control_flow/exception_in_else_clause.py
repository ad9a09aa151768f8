def f():
    try:
        value = 10
    except ValueError:
        print("not here")
    else:
        print("else runs, raising")
        raise ValueError("from else " + str(value))
    finally:
        print("finally runs")

try:
    f()
except ValueError as e:
    print("caught:", e, e.__context__)
f()
