with x as (a, f()):
    pass
