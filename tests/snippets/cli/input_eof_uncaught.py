# input() at end of file raises EOFError
print("asking")
answer = input("> ")
