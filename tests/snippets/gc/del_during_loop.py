# Finalizers also run without an explicit collect: at the latest when the program ends, each exactly once.
import gc


class Counted:
    finalized = 0

    def __del__(self):
        Counted.finalized += 1


def churn(n):
    for i in range(n):
        c = Counted()
        c.me = c


churn(20000)
gc.collect()
print(Counted.finalized >= 19990, Counted.finalized <= 20000)
