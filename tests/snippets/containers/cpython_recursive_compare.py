# Comparing containers that contain themselves (dict, OrderedDict, deque, lists of dicts) ends in
# RecursionError "in comparison", not a crash (test_copy compares deep copies of recursive dicts).
import copy, collections
d = {}
d['x'] = d
try:
    print(d == copy.deepcopy(d))
except RecursionError as e:
    print("RecursionError", e)
od = collections.OrderedDict()
od['x'] = od
try:
    print(od == copy.deepcopy(od))
except RecursionError as e:
    print("RecursionError", e)
dq = collections.deque()
dq.append(dq)
try:
    print(dq == copy.deepcopy(dq))
except RecursionError as e:
    print("RecursionError", e)
class C: pass
c = C(); c.d = {'c': c}
c2 = copy.deepcopy(c)
try:
    print(c.__dict__ == c2.__dict__)
except RecursionError as e:
    print("RecursionError", e)
s = [{'a': None}]
s[0]['a'] = s
try:
    print(s == copy.deepcopy(s))
except RecursionError as e:
    print("RecursionError", e)
