# A reference cycle whose objects have __del__ is reclaimed by gc.collect(), each finalized once.
import gc
from _isolate import isolated


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('finalize', self.name)


def self_cycle():
    n = Node('self')
    n.me = n


def pair_cycle():
    a = Node('a')
    b = Node('b')
    a.other = b
    b.other = a


def long_cycle():
    first = Node('c0')
    prev = first
    for i in range(1, 4):
        n = Node('c%d' % i)
        prev.next = n
        prev = n
    prev.next = first


isolated(self_cycle)
print('collect 1:', gc.collect() >= 1)
isolated(pair_cycle)
print('collect 2:', gc.collect() >= 2)
isolated(long_cycle)
gc.collect()
print('collect again:', gc.collect())
