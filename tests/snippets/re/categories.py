import re

s = 'a1_ \t\n\x0b\x0c\r\x1c\x85\xa0\u2028é٣²Ⅷ①\u3000x'
for cat in [r'\d', r'\D', r'\w', r'\W', r'\s', r'\S']:
    for flags in (0, re.A):
        print(cat, flags, [hex(ord(c)) for c in re.findall(cat, s, flags)])
print(re.findall(r'[\d\s]', s))
print(re.findall(r'[^\w\s]', 'a-b c!d'))
print(re.findall(r'\b\w+\b', 'héllo wörld', re.A))
print(re.findall(r'\b\w+\b', 'héllo wörld'))
print(re.findall(r'\B.', 'ab cd'))
print(re.findall(r'.', 'a\nb\x85c\u2028'))
print(re.findall(r'(?m)^.', 'a\nb\x85c\u2028d\re'))
