# an uncaught ValueError from max() ends the program with a traceback
values = []
print("before")
print(max(values))
