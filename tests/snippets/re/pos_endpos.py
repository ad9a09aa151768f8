import re

p = re.compile(r'\w+')
s = 'alpha beta gamma'
for pos, endpos in [(0, 100), (3, 9), (6, 6), (-5, 3), (20, 30), (10, 5), (0, -1)]:
    m = p.search(s, pos, endpos)
    print(pos, endpos, m and (m.span(), m.group(), m.pos, m.endpos), p.findall(s, pos, endpos))
print(p.match(s, 6), p.match(s, 6, 8), p.fullmatch(s, 6, 10), p.fullmatch(s, 6, 9))
print(re.compile('').match('abc', 2, 1), re.compile('').search('abc', 5))
print(re.compile(r'$').search('ab\n', 0, 2), re.compile(r'^').search('ab', 1))
print(p.search(s, endpos=5), p.search(string=s, pos=11))
for bad in [1.5, '1', None]:
    try:
        p.search(s, bad)
    except TypeError as e:
        print('TypeError', e)
try:
    p.search(s, 2**100)
except OverflowError as e:
    print('OverflowError', e)
