import re

print(re.findall(r'\w+', 'the cat sat on the mat'))
print(re.findall(r'(\w)(\w)', 'abcdefg'))
print(re.findall(r'(\w)\w', 'abcdefg'))
print(re.findall(r'(a)|(b)', 'abca'))
print(re.findall(r'(?:a|b)+', 'abcab'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'\b', 'hi there'))
print(re.findall(r'(?P<k>\w+)=(?P<v>\d+)', 'a=1, bb=22, c=x'))
print(re.findall(r'', ''))
print(re.findall(r'a', 'aaaa', ))
print(re.compile(r'\d').findall('1a2b3c', 2, 5))
print(re.compile(r'\d').findall('1a2b3c', pos=1, endpos=-1))
