import re

for pat, s in [(r'a+', 'aaab'), (r'a+', 'baa'), (r'b', 'abc'), (r'', 'xyz'), (r'x*', ''), (r'(a)(b)?', 'ac')]:
    p = re.compile(pat)
    for name in ('match', 'search', 'fullmatch'):
        m = getattr(p, name)(s)
        print(pat, repr(s), name, None if m is None else (m.span(), m.group(), m.groups()))

print(re.match(r'\d+', '123abc').group())
print(re.search(r'\d+', 'abc123def456').span())
print(re.fullmatch(r'a|ab', 'ab'))
print(re.fullmatch(r'a.*?', 'abc'))
print(re.search(r'$', 'abc\n').span(), re.search(r'\Z', 'abc\n').span())
print(bool(re.match('a', 'a')), re.match('a', 'b') is None)
