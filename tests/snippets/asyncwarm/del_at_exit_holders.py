# Objects with __del__ still alive at exit are finalized after the last statement, in the order they were made,
# whatever holds them: a deque, a bound method, a partial, a native iterator (not only what gc.get_referents
# follows). A collected cycle and a resurrected object are finalized once; calling __del__ by hand doesn't count.
import collections
import functools
import gc


class C:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)

    def method(self):
        return self.n


keep = []


class Resurrect(C):
    def __del__(self):
        print('del', self.n, '(resurrected)')
        keep.append(self)


dq = collections.deque([C('in deque')])
bound = C('bound').method
part = functools.partial(print, C('in partial'))
it = iter([C('in list iterator')])
cyc = C('cycle')
cyc.me = cyc
del cyc
gc.collect()
r = Resurrect('resurrected')
del r
gc.collect()
done = C('called by hand')
done.__del__()
plain = C('plain')
print('end of program', len(keep))
