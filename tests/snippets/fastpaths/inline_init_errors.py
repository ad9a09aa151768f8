# Errors of an __init__ run inline: its traceback frames, and the TypeError for a non-None return at the call.
class Bad:
    def __init__(self, n):
        if n: raise KeyError(n)
        return 5
def f():
    return Bad(1)
try:
    f()
except KeyError as e:

    tb = e.__traceback__
    while tb: print(tb.tb_frame.f_code.co_name, tb.tb_lineno); tb = tb.tb_next
Bad(0)
