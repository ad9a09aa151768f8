try:
    a()
except ValueError:
    b()
except (TypeError, KeyError) as e:
    c(e)
else:
    d()
finally:
    e()

def f():
    try:
        return g()
    finally:
        h()

def loop():
    for x in y:
        try:
            continue
        except E:
            break
        finally:
            z()

with a:
    pass
with a as (b, c):
    pass

try:
    pass
except* ValueError as e:
    pass
except* TypeError:
    pass

raise
raise E
raise E from F

def w():
    with a:
        return 1
