import re

for pat in [r'a{2}', r'a{2,}', r'a{,2}', r'a{1,3}', r'a{0}', r'a{0,0}', r'(ab){2}', r'(?:ab){1,2}', r'a{3,3}?',
            r'(a|b){2,3}', r'x{1}y', r'a{,}', r'a{2,1', r'\d{3}-\d{4}']:
    try:
        p = re.compile(pat)
    except re.error as e:
        print(pat, 'error', e)
        continue
    print(pat, [m.group() for m in p.finditer('a aa aaa aaaa ababab ab{2,1 555-1234 a{,}')])
try:
    re.compile(r'a{3,2}')
except re.error as e:
    print('error', e)
print(re.match(r'(a){2,}', 'aaaa').group(1), re.match(r'(?:a(b)?){3}', 'aaba').groups())
