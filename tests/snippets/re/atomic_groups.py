import re

for pat in [r'(?>a+)b', r'(?>a+)ab', r'(?>a|ab)c', r'(?>(a)|(ab))c', r'(?>x*)', r'(?>\d+)\d', r'a(?>bc|b)c',
            r'(?>(\w)\1*)+', r'(?>a*?)b']:
    print(pat, [(m.span(), m.groups()) for m in re.finditer(pat, 'aaab aabc abc abcc 112 xx')])
print(re.match(r'(?>.*)x', 'abcx'), re.match(r'(?>.*?)x', 'abcx'))
