if (x := 1) = 2:
    pass
