# int()/float() accept any Unicode decimal digits, astral ones included.
print(int("٣٤"), int("𝟘𝟙"), int("१२३"), float("١.٥"), int("\U0001d7ce\U0001d7cf", 2))
