# An uncaught NameError with a suggestion: the hint goes on the message line.
def area(radius):
    pi = 3.14159
    return p1 * radius ** 2

print(area(2))
