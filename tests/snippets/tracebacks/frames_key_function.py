# A key function failing inside a builtin (sorted, max, map) shows the Python frames around it.
def key(item):
    return item["rank"]

def rank_all(items):
    return sorted(items, key=key)

def biggest(items):
    return max(map(lambda i: i * 2, items))

import sys
try:
    rank_all([{"rank": 2}, {"name": "x"}])
except KeyError as e:
    sys.excepthook(type(e), e, e.__traceback__)
biggest([1, None])
