# a misspelt builtin gets a suggestion in the traceback
numbers = [3, 1, 2]
print(sortd(numbers))
