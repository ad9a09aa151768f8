import re

for pat in [r'a*+a', r'a++b', r'a?+a', r'a{1,2}+a', r'(?:ab)*+ab', r'(?:ab)++c', r'(a|ab)++c', r'\d++\.',
            r'[ab]*+b', r'(?:a|b)*+', r'x*+', r'(?:x*)*+y', r'(a)*+', r'(?:(a)|b)++']:
    p = re.compile(pat)
    print(pat, [(m.span(), m.groups()) for m in p.finditer('aaab ababc 12. abab ab xy')])
print(re.fullmatch(r'a*+', 'aaa'), re.fullmatch(r'(?:a|aa)++', 'aaa'))
