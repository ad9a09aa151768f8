# Many instances with __del__: most die during the run, some thousands stay alive to the end; those alive are all
# finalized at exit (after the last statement), the loud ones in the order
# they were made.
class Quiet:
    count = 0

    def __del__(self):
        Quiet.count += 1


class Loud:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n, 'quiet finalized so far >=', Quiet.count >= 100000)


first = Loud('first')
for i in range(100000):
    Quiet()
alive = [Quiet() for i in range(3000)]
for i in range(50000):
    Quiet()
second = Loud('second')
held = [Loud('in a list')]
print('end of program')
