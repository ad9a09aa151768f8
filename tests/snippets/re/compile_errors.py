import re

for pat in ['(', ')', '[a', 'a**', '*a', '(?P<1>a)', '(?P<a>x)(?P<a>y)', '\\', r'\p', '(?<=a*)', '[z-a]',
            '(?', '(?z)', 'a{2,1}', '(?(2)a|b)', '(?i', r'\8', 'a)b', '(?P<a', '[\\w-z]']:
    try:
        re.compile(pat)
        print(repr(pat), 'ok')
    except re.error as e:
        print(repr(pat), e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile('a\n(b')
except re.error as e:
    print(e)
