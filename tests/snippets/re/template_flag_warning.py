import re
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    p = re.compile('ab', re.T)
    print(p.flags & re.T, [str(x.message)[:40] for x in w])
print(p.match('ab'))
try:
    re.compile('a*', re.T)
except re.error as e:
    print('error', e)
