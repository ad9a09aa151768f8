# select.select argument errors, word for word.
import select
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: select.select())
t(lambda: select.select([], []))
t(lambda: select.select([], [], [], 1, 2))
t(lambda: select.select([], [], [], 'x'))
t(lambda: select.select([], [], [], -1))
t(lambda: select.select(1, [], []))
t(lambda: select.select(['a'], [], [], 0))
t(lambda: select.select([-1], [], [], 0))
t(lambda: select.select([2000], [], [], 0))
t(lambda: select.select([], [], [], timeout=0))
t(lambda: select.select([], [], [], float('nan')))
t(lambda: select.select([], [], [], 1e300))
t(lambda: select.select([], [], [], 0))
t(lambda: select.select([], [], [], 0.0))
class Bad:
    def fileno(self): return 'x'
t(lambda: select.select([Bad()], [], [], 0))
class Neg:
    def fileno(self): return -3
t(lambda: select.select([Neg()], [], [], 0))
print(select.error is OSError)
