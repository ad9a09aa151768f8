# pow() argument binding errors
for call in [lambda: pow(), lambda: pow(2), lambda: pow(2, 3, 4, 5), lambda: pow(2, exp=3, base=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
