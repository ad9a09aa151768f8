import pickle
import re

for p in [re.compile('a+b', re.I), re.compile(b'x|y'), re.compile(r'(?P<n>\d)')]:
    q = pickle.loads(pickle.dumps(p))
    print(q == p, q is p, q.pattern, q.flags, q.groupindex)
