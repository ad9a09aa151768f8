import re

print(re.findall(r'(\w)\1', 'aabbcdd'))
print(re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" \'there\'').group())
print(re.match(r'(a)?b\1', 'b'))
print(re.match(r'(a)|b\1', 'b'))
print(re.match(r'(a*)\1', 'aaaa').groups())
print(re.match(r'(?i)(a)\1', 'aA'))
print(re.match(r'((a)|b)+\2', 'aba'))
print(re.match(r'(\w+)\s+\1', 'hello hello world').group())
print(re.sub(r'\b(\w+) \1\b', r'\1', 'the the cat sat sat'))
try:
    re.compile(r'(a)\2')
except re.error as e:
    print('error', e)
try:
    re.compile(r'(?P=nope)')
except re.error as e:
    print('error', e)
