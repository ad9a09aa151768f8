# input() reads a line without its newline; the prompt goes to stdout
name = input("name? ")
age = int(input("age? "))
print()
print(f"{name} is {age}")
words = []
while True:
    try:
        words.append(input())
    except EOFError as e:
        print("EOFError", repr(str(e)))
        break
print(words)
