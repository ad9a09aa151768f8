# ~~^^^ anchors for subscripts, nested subscripts and slices.
import sys

def show(f):
    try:
        f()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)

d = {"a": {"b": 1}}
lst = [[1, 2], [3]]
show(lambda: d["zz"])
show(lambda: d["a"]["c"])
show(lambda: lst[1][5])
show(lambda: lst[0:1][7])
show(lambda: lst[ 9 ])
nothing = None
show(lambda: nothing[0])
show(lambda: d[lst])
