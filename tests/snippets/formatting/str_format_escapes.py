# Doubled braces are literal braces, in str.format and in f-strings.
print("{{}} {{{}}} {{0}} {{{{}}}}".format(5))
print(f"{{}} {{{5}}} {{x}}")
print("a{{b}}c{0}d{{".format("-"))
print("{0:{{>5}}".format if False else "{{{0}}}".format("x"))
print("{{}}".format(), "{{".format(), "}}".format())
