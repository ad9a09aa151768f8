# Objects still alive when the program ends are finalized at exit, after the last statement, in the order
# they were created (also those in cycles and those only reachable from other objects).
class C:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


_private = C('_private')
a = C(1)
b = C(2)
c = C(3)
c.self = c
d = C(4)
d.other = a
items = [C(5)]
print('end of program')
