# comparing with `is` against a literal: SyntaxWarning at compile time, result still printed
x = 1000
print(x is 1000)
print("abc" is not "abc")
print(x == 1000)
