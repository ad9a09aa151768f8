import re

s = 'a\U0001F600b\U0001F601\U0001F602c'
print(re.findall(r'.', s))
print(re.search('\U0001F601', s).span())
print(re.findall(r'[\U0001F600-\U0001F601]', s))
print(re.findall(r'[^\U0001F600-\U0001F601]', s))
print(re.sub('\U0001F600', 'X', s), re.split(r'\U0001F601', s))
m = re.search(r'(b)(.)(.)', s)
print(m.span(), m.span(2), m.groups(), m.regs)
print(re.findall(r'\w', '𝐀𝟏\U00010400'), re.findall(r'(?i)\U00010400', '\U00010428'))
print(re.match(r'.{3}', s).group(), len(re.match(r'.*', s).group()))
print(re.compile(r'\U0001F600+').findall(s * 3, 1, 8))
