# gc.callbacks are called with "start" and "stop" around a collection; info has the generation and counts.
import gc
from _isolate import isolated

events = []


def cb(phase, info):
    events.append((phase, info['generation'], sorted(info), type(info['collected']).__name__, info['uncollectable']))


gc.callbacks.append(cb)
gc.collect()
gc.collect(0)
gc.collect(generation=1)
gc.callbacks.remove(cb)
gc.collect()
for e in events:
    print(e)


class Node:
    def __del__(self):
        print('node finalized')


def make():
    n = Node()
    n.me = n


stops = []
gc.callbacks.append(lambda phase, info: stops.append(info['collected']) if phase == 'stop' else None)
isolated(make)
gc.collect()
print(stops[-1] >= 1)
gc.callbacks.clear()
