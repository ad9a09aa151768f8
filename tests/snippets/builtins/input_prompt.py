# input() writes the prompt to stdout and strips the newline
name = input("name? ")
print("hello", name)
print(repr(input()))
print(repr(input("last> ")))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
