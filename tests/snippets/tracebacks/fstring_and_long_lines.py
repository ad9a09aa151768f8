# Markers inside an f-string expression and on a long line.
import sys

def show(f):
    try:
        f()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)

items = {"alpha": 1, "beta": 2, "gamma": 3, "delta": 4, "epsilon": 5, "zeta": 6, "eta": 7, "theta": 8}
show(lambda: f"value: {items['omega']}")
show(lambda: items["alpha"] + items["beta"] + items["gamma"] + items["delta"] + items["epsilon"] + items["zeta"] + items["eta"] + items["theta"] + items["iota"])
show(lambda: f"{1}{2}{3 / 0}")
