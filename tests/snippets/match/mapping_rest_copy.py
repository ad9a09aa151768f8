# **rest is a fresh dict; keys may be value patterns; duplicate keys are an error
KEY = "dynamic"
class K:
    name = "n"

data = {"n": 1, "dynamic": 2, 3: "three", None: "nothing"}
match data:
    case {K.name: a, 3: b, None: c, **rest}:
        print(a, b, c, rest)
        rest["added"] = True
print(data)

try:
    compile("match x:\n    case {'a': 1, 'a': 2}: pass", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("match x:\n    case {**rest, 'a': 1}: pass", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("match {'n': 1, 'x': 2}:\n    case {K.name: 1, 'n': 2}: pass")
except ValueError as e:
    print("ValueError:", e)
