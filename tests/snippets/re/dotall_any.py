import re

s = 'a\nb\r\nc'
print(re.findall(r'.', s))
print(re.findall(r'(?s).', s))
print(re.match(r'.*', s).group(), re.match(r'(?s).*', s).group())
print(re.findall(r'a.b', 'a\nb axb', re.S))
print(re.findall(r'.{2}', 'abcde\nfg'))
print(re.findall(r'(?s:.)x', '\nx'), re.findall(r'(?-s:.)x', '\nx', re.S))
print(re.match(r'.*?b', 'aaab').group(), re.match(r'.+?', 'abc').group())
