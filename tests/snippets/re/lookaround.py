import re

print(re.findall(r'\w+(?=,)', 'a, b, c'))
print(re.findall(r'\w+(?!,)\b', 'a, b, c'))
print(re.findall(r'(?<=\$)\d+', '$10 20 $30'))
print(re.findall(r'(?<!\$)\b\d+', '$10 20 $30'))
print(re.search(r'(?<=(a))b', 'ab').groups())
print(re.search(r'(?=(\w+))\w', 'abc').groups())
print(re.search(r'(?!(x))a', 'a').groups())
print(re.match(r'(?<=a)b', 'ab'), re.compile(r'(?<=a)b').match('ab', 1))
print(re.findall(r'(?<=ab|cd)x', 'abx cdx efx'))
print(re.sub(r'(?<=\d)(?=(\d{3})+\b)', ',', '1234567 12 1000'))
try:
    re.compile(r'(?<=a+)b')
except re.error as e:
    print('error', e)
print(re.search(r'a(?=b(?!c))', 'abc ab'))
