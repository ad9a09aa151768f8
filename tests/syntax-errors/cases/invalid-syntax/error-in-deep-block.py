def f():
    if x:
        for y in z:
            y = = 1
