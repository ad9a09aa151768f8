def f():
    g()

def g():
    raise ValueError("inspect me")

try:
    f()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
