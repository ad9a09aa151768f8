# ZeroDivisionError from divmod of floats
print(divmod(5.0, 2.0))
print(divmod(5.0, 0.0))
