import re

for tmpl in [r'\2', r'\g<x>', r'\g<1', r'\g<>', r'\q', r'\g<-1>', r'\400', r'\g<1a>']:
    try:
        print(repr(tmpl), re.sub(r'(a)', tmpl, 'a'))
    except re.error as e:
        print(repr(tmpl), 'error', e)
    except IndexError as e:
        print(repr(tmpl), 'IndexError', e)
try:
    re.sub('a', 1, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', r'\1', 'a')
except re.error as e:
    print('error', e, e.pos)
