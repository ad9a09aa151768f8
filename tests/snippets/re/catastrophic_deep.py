import re

# Deep backtracking runs on an explicit stack: long subjects never overflow the native stack.
n = 200000
s = 'ab' * n + 'c'
print(re.match(r'(?:a|b)*c', s).end())
print(re.match(r'(a|b)*c', s).span(1))
print(re.match(r'(?:ab)*?c', s).end())
print(re.fullmatch(r'(?:(a)(b))*', 'ab' * n) is not None)
print(len(re.findall(r'(?:x|y)+', 'xy' * n)))
print(re.match(r'(?:a|b)*d', 'ab' * 1000))
print(re.search(r'(\w+)\s*=\s*(\w+)', ' ' * 50000 + 'k = v').groups())
# a classic exponential case stays small enough to finish
print(re.match(r'(a+)+b', 'a' * 18))
print(re.match(r'(?:a+)++b', 'a' * 10000))
